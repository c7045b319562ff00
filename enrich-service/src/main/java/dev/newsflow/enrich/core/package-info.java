/** The enrichment core (plain Java, enrich-core) wired with its durable per-source state. */
package dev.newsflow.enrich.core;
