/** The PostgreSQL read store: version-guarded upserts and near-duplicate links. */
package dev.newsflow.publish.store;
