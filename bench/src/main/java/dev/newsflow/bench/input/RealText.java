package dev.newsflow.bench.input;

import dev.newsflow.contracts.RawArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Real text articles of about 3 KB, cycled from a corpus's story pieces: the first pass sends each
 * piece as it is, every later pass a {@link Variation} of it. Pieces are taken round-robin over
 * the sites, as a feed interleaves its sources; each article's source is its page's site, so the
 * site's furniture recurs in its articles as it does in a real feed. Same seed, same articles.
 */
public final class RealText implements ArticleSource {

    /** What the article body looks like. */
    public enum Shape {
        /** The story alone, paragraphs apart: text a feed or an API delivers. */
        STORY,
        /** The story as a plain-text scraper sees the page: one block per line, with the page's furniture around and inside it. */
        SCRAPED,
        /** Story and scraped shapes in turn. */
        MIXED
    }

    private final RealCorpus corpus;
    private final Shape shape;
    private final long seed;
    private final List<RealCorpus.Piece> order;
    private final Random random;
    private long next;

    public RealText(RealCorpus corpus, Shape shape, long seed) {
        if (corpus.pieces().isEmpty()) {
            throw new IllegalArgumentException("no story text of article size in " + corpus.dir());
        }
        this.corpus = corpus;
        this.shape = shape;
        this.seed = seed;
        this.order = interleaved(corpus.pieces());
        this.random = new Random(seed);
    }

    @Override
    public RawArticle next() {
        long n = next++;
        RealCorpus.Piece piece = order.get((int) (n % order.size()));
        long pass = n / order.size();
        List<String> story = piece.story();
        String title = piece.title();
        if (pass > 0) {
            Variation variation = new Variation(seed * 1_000_003L + n);
            story = variation.lines(story);
            title = variation.words(title, Variation.vocabulary(piece.story()));
        }
        boolean scraped = shape == Shape.SCRAPED || shape == Shape.MIXED && n % 2 == 1;
        String body = scraped ? scraped(piece, title, story) : String.join("\n\n", story);
        String id = "real-" + n;
        String site = piece.site().toLowerCase(Locale.ROOT);
        return new RawArticle(id, "https://www." + site + ".example/news/" + id, site, title, body,
                RawArticle.TEXT_PLAIN, null, null, null, Map.of("bench", scraped ? "real-scraped" : "real-story"));
    }

    private String scraped(RealCorpus.Piece piece, String title, List<String> story) {
        List<String> lines = new ArrayList<>(piece.before());
        lines.add(title);
        List<String> body = new ArrayList<>(story);
        for (String furniture : piece.inside()) {
            body.add(1 + random.nextInt(Math.max(1, body.size() - 1)), furniture);
        }
        lines.addAll(body);
        lines.addAll(piece.after());
        return String.join("\n", lines);
    }

    @Override
    public boolean real() {
        return true;
    }

    @Override
    public String description() {
        long sites = corpus.pieces().stream().map(RealCorpus.Piece::site).distinct().count();
        return String.format(Locale.ROOT, "real text from %s: %d story pieces of about 3 KB from %d sites, %s, "
                + "cycled (after the first pass: sentences reordered, in each sentence 1 word and about 1 in %d more swapped "
                + "for other words of the same text)",
                corpus.dir(), corpus.pieces().size(), sites, shape.name().toLowerCase(Locale.ROOT), Variation.SUBSTITUTE_ONE_IN);
    }

    /** The pieces round-robin over their sites: one of each site's pieces, then the next of each. */
    static List<RealCorpus.Piece> interleaved(List<RealCorpus.Piece> pieces) {
        Map<String, List<RealCorpus.Piece>> bySite = new LinkedHashMap<>();
        for (RealCorpus.Piece piece : pieces) {
            bySite.computeIfAbsent(piece.site(), s -> new ArrayList<>()).add(piece);
        }
        List<RealCorpus.Piece> order = new ArrayList<>(pieces.size());
        for (int round = 0; order.size() < pieces.size(); round++) {
            for (List<RealCorpus.Piece> site : bySite.values()) {
                if (round < site.size()) {
                    order.add(site.get(round));
                }
            }
        }
        return order;
    }
}
