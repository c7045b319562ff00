/** Fast, allocation-light text primitives: sentence splitting, word tokens and counts. */
package dev.newsflow.enrichment.text;
