/** HTML pages to article text: page metadata, the main content with its paragraphs, furniture dropped. */
package dev.newsflow.enrichment.html;
