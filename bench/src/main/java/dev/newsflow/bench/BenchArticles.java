package dev.newsflow.bench;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.bench.input.ArticleSource;
import dev.newsflow.bench.input.GeneratedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * The articles of one bench part: real or generated text, with ids under the part's prefix
 * (so the read store can be asked how many of them arrived) and about 3% exact re-publications of an
 * earlier article under a new id and URL, which the read store marks as duplicates. Same seed, same
 * articles. Thread-safe: callers take articles in batches.
 */
public final class BenchArticles {

    static final int DUPLICATE_PERCENT = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String prefix;
    private final ArticleSource generator;
    private final SplittableRandom random;
    private final List<RawArticle> recent = new ArrayList<>();
    private long next;

    /** Generated text. */
    public BenchArticles(String prefix, long seed) {
        this(prefix, seed, new GeneratedText(seed));
    }

    public BenchArticles(String prefix, long seed, ArticleSource source) {
        this.prefix = prefix;
        this.generator = source;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** One article ready to send: its id and its JSON (one line, so it also is an NDJSON line). */
    public record Encoded(String id, byte[] json) {
    }

    public String prefix() {
        return prefix;
    }

    public boolean real() {
        return generator.real();
    }

    public synchronized RawArticle next() {
        String id = prefix + next++;
        RawArticle generated = generator.next();
        RawArticle article;
        if (!recent.isEmpty() && random.nextInt(100) < DUPLICATE_PERCENT) {
            RawArticle original = recent.get(random.nextInt(recent.size()));
            article = new RawArticle(id, original.url().replace("/news/", "/news/copy-") + "-" + id, generated.source(),
                    original.title(), original.body(), original.contentType(), null, original.publishedAt(),
                    original.author(), original.metadata());
        } else {
            article = generated.withId(id);
            if (recent.size() < 1000) {
                recent.add(article);
            } else {
                recent.set(random.nextInt(recent.size()), article);
            }
        }
        return article;
    }

    public synchronized List<Encoded> nextBatch(int size) {
        List<Encoded> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            RawArticle article = next();
            batch.add(new Encoded(article.id(), encode(article)));
        }
        return batch;
    }

    public static byte[] encode(RawArticle article) {
        return JSON.writeValueAsString(article).getBytes(StandardCharsets.UTF_8);
    }
}
