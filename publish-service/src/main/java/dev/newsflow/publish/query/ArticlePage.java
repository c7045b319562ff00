package dev.newsflow.publish.query;

import dev.newsflow.contracts.EnrichedArticle;
import java.util.List;

/** @param nextCursor null on the last page */
record ArticlePage(List<EnrichedArticle> items, String nextCursor) {
}
