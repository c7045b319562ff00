/**
 * Polling: a ticker starts due polls of the sources this instance owns on a bounded worker pool;
 * each poll is a sequence of fetch steps that yields (holding no thread) while a host's turn is
 * not yet due; new items become articles through the ordinary intake.
 */
package dev.newsflow.ingest.sources.polling;
