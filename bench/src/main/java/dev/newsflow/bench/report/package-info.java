/** The bench's results: one printed table and the same figures as JSON. */
package dev.newsflow.bench.report;
