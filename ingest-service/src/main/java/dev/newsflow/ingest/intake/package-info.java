/** Taking articles in: validate, derive the id, write, and report per article what happened. */
package dev.newsflow.ingest.intake;
