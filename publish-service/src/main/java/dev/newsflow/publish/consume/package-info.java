/** Consumes enriched articles: parse, validate, store, publish; failures retried or dead-lettered. */
package dev.newsflow.publish.consume;
