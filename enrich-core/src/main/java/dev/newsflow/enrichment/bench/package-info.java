/** A seeded generator of realistic articles and the single-core enrichment benchmark built on it. */
package dev.newsflow.enrichment.bench;
