/** The broker as enrich-service sees it: the topics it declares and its health. */
package dev.newsflow.enrich.kafka;
