/** publish-service: keeps the PostgreSQL read store, serves the read API and publishes article events. */
package dev.newsflow.publish;
