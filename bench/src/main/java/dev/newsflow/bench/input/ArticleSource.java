package dev.newsflow.bench.input;

import dev.newsflow.contracts.RawArticle;

/** An endless, repeatable supply of articles for the bench. Not thread-safe. */
public interface ArticleSource {

    RawArticle next();

    /** True for real text (a corpus), false for generated text. */
    boolean real();

    /** What the articles are, for the report. */
    String description();
}
