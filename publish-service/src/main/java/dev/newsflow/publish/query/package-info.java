/** The read API: one article by id, search with filters and keyset cursors, facet and entity counts. */
package dev.newsflow.publish.query;
