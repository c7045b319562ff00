/** The read API: one article by id, and newest-first lists with keyset cursors. */
package dev.newsflow.publish.query;
