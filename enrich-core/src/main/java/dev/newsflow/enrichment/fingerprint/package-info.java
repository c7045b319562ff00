/** Content fingerprints: an exact hash of the normalized text and a SimHash for near-duplicates. */
package dev.newsflow.enrichment.fingerprint;
