/** The one shape of ingest-service's error answers ({@code application/problem+json}). */
package dev.newsflow.ingest.problems;
