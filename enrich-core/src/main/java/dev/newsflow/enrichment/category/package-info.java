/** One top-level IPTC topic per article, from a trained linear classifier shipped as a resource (model.bin.gz). */
package dev.newsflow.enrichment.category;
