/** Tokens, word lists and work limits shared by the analysers (entities, keywords, summary, category, quotes). */
package dev.newsflow.enrichment.lexicon;
