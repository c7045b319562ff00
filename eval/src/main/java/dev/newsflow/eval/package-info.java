/** Scoring of extraction and cleaning on real pages against their expected text ({@code ./newsflow eval}). */
package dev.newsflow.eval;
