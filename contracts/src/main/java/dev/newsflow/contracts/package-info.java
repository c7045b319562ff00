/** The outside contract of newsflow: topic names, event records and their JSON Schemas. */
package dev.newsflow.contracts;
