/** PublishedArticle events for downstream subscribers, with CloudEvents binary-mode headers. */
package dev.newsflow.publish.events;
