/**
 * Reading listings: feeds (RSS, Atom with Rome; JSON Feed with Jackson) and sitemaps
 * (crawler-commons), each into the same list of items; detecting which one a response is. XML is
 * parsed with DOCTYPEs refused, so no external entity, DTD or entity expansion is ever processed.
 */
package dev.newsflow.ingest.sources.feeds;
