/** One top-level IPTC-like topic per article, from lexicon rules shipped with the project. */
package dev.newsflow.enrichment.category;
