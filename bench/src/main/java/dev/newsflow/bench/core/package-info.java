/** The enrichment core measured alone, on one thread, stage by stage. */
package dev.newsflow.bench.core;
