/** Language identification with OpenNLP's language detector model, on a bounded prefix of the text. */
package dev.newsflow.enrichment.language;
