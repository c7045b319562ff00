/** The topics enrich-service writes, declared so they exist before the first record. */
package dev.newsflow.enrich.topics;
