package dev.newsflow.bench.input;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.corpus.ArticleGenerator;

/** The project's seeded generator: plain-text articles of 2 to 5 KB, one HTML page where asked. */
public final class GeneratedText implements ArticleSource {

    private final ArticleGenerator generator;

    public GeneratedText(long seed) {
        this.generator = new ArticleGenerator(seed);
    }

    @Override
    public RawArticle next() {
        return generator.next();
    }

    public RawArticle nextHtml() {
        return generator.nextHtml();
    }

    @Override
    public boolean real() {
        return false;
    }

    @Override
    public String description() {
        return "generated text (enrich's ArticleGenerator; NOT real text)";
    }
}
