/** Named entities (people, places, organisations) from proper-noun runs, shipped gazetteers and context cues. */
package dev.newsflow.enrichment.entities;
