/** Cleaning: article text without boilerplate, navigation, repeats and source furniture, each removal explained. */
package dev.newsflow.enrichment.clean;
