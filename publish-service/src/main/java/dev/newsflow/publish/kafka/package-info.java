/** Kafka topics this service declares and the broker's health. */
package dev.newsflow.publish.kafka;
