/** Taking one article in ({@code POST /api/v1/articles}): validate, derive the id, write, and wait for the broker. */
package dev.newsflow.ingest.intake;
