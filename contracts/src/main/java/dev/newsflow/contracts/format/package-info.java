/** Each topic's format checked at run time: strict JSON, the shipped JSON Schemas and the rules beside them. */
package dev.newsflow.contracts.format;
