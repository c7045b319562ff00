/** Direct quotations and who said them. */
package dev.newsflow.enrichment.quotes;
