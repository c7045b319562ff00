package dev.newsflow.enrichment;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.Quote;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.boilerplate.SourceBoilerplateStore;
import dev.newsflow.enrichment.category.Categorizer;
import dev.newsflow.enrichment.category.CategoryScore;
import dev.newsflow.enrichment.clean.CleanedText;
import dev.newsflow.enrichment.clean.Cleaner;
import dev.newsflow.enrichment.clean.CleaningOptions;
import dev.newsflow.enrichment.entities.EntityExtractor;
import dev.newsflow.enrichment.fingerprint.ContentHash;
import dev.newsflow.enrichment.fingerprint.SimHash;
import dev.newsflow.enrichment.keywords.KeywordExtractor;
import dev.newsflow.enrichment.language.LanguageGuess;
import dev.newsflow.enrichment.language.LanguageIdentifier;
import dev.newsflow.enrichment.language.PageLanguage;
import dev.newsflow.enrichment.quotes.QuoteExtractor;
import dev.newsflow.enrichment.summary.Summarizer;
import dev.newsflow.enrichment.text.Words;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a raw article into an enriched one: cleaning, language, counts, fingerprints, then the
 * analysers (entities, keywords, summary, category, quotes) over the cleaned text. Deterministic
 * apart from the timestamps and what the source boilerplate store has learned; an article that
 * cannot be enriched makes it throw, and the caller dead-letters it. Near-duplicates are not
 * resolved here ({@code duplicateOf} stays null): the read store, which sees every article,
 * compares the SimHash. Thread-safe.
 */
public final class Enricher {

    /** Goes into every article; raise it whenever enrichment output changes. */
    public static final String VERSION = "2.0.0";

    private final Cleaner cleaner;
    private final Clock clock;
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final EntityExtractor entities = new EntityExtractor();
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final Summarizer summarizer = new Summarizer();
    private final Categorizer categorizer = new Categorizer();
    private final QuoteExtractor quotes = new QuoteExtractor();

    public Enricher(SourceBoilerplateStore store) {
        this(store, CleaningOptions.DEFAULT, Clock.systemUTC());
    }

    public Enricher(SourceBoilerplateStore store, CleaningOptions options, Clock clock) {
        this.cleaner = new Cleaner(Objects.requireNonNull(store, "store"), options);
        this.clock = clock;
    }

    /** Loads the models now, so the first article is not the slow one. */
    public static void warmUp() {
        LanguageIdentifier.warmUp();
    }

    public EnrichedArticle enrich(RawArticle article, ArticleContext context) {
        return run(article, context, null);
    }

    /** Like {@link #enrich}, also reporting the time of each stage (two clock reads per stage). */
    public TimedEnrichment enrichTimed(RawArticle article, ArticleContext context) {
        StageTimings timings = new StageTimings();
        return new TimedEnrichment(run(article, context, timings), timings);
    }

    private EnrichedArticle run(RawArticle raw, ArticleContext context, StageTimings timings) {
        Objects.requireNonNull(raw, "article");
        Objects.requireNonNull(context, "context");
        long t = System.nanoTime();
        CleanedText clean = cleaner.clean(raw, context.id());
        t = lap(timings, Stage.CLEAN, t);

        String detectOn = clean.body().isEmpty() ? clean.title() : clean.body();
        LanguageGuess language = languages.identify(detectOn, declaredLanguage(raw));
        TextAnalysis text = new TextAnalysis(clean.title(), clean.body(), clean.sentences(), language.language());
        t = lap(timings, Stage.LANGUAGE, t);

        Words.Counts counts = Words.counts(clean.body());
        t = lap(timings, Stage.COUNTS, t);

        String contentHash = ContentHash.of(clean.title(), clean.body());
        String simhash = SimHash.hex(SimHash.of(clean.body().isEmpty() ? clean.title() : clean.body()));
        t = lap(timings, Stage.FINGERPRINTS, t);

        List<Entity> foundEntities = entities.extract(text);
        t = lap(timings, Stage.ENTITIES, t);
        List<String> foundKeywords = keywords.extract(text);
        t = lap(timings, Stage.KEYWORDS, t);
        String summary = summarizer.summarize(text);
        t = lap(timings, Stage.SUMMARY, t);
        CategoryScore category = categorizer.categorize(text);
        t = lap(timings, Stage.CATEGORY, t);
        List<Quote> foundQuotes = quotes.extract(text);
        lap(timings, Stage.QUOTES, t);

        Instant now = clock.instant();
        return new EnrichedArticle(
                "enriched:" + context.id() + ":" + context.version(), now, context.id(), context.version(),
                firstPresent(raw.url(), clean.pageUrl()), blankToNull(raw.source()), clean.title(), clean.body(),
                language.language(), language.confidence(),
                firstPresent(raw.publishedAt(), clean.pagePublishedAt()), firstPresent(raw.author(), clean.pageAuthor()),
                metadata(raw, clean), counts.words(), clean.sentences().size(), counts.readingTimeMinutes(), summary,
                foundKeywords, foundEntities, foundQuotes, category.category(), category.score(), contentHash, simhash,
                null, clean.removed(), VERSION, context.ingestedAt(), now);
    }

    /** The language the source declared, else the one an HTML page declares for itself. */
    private static String declaredLanguage(RawArticle raw) {
        if (raw.language() != null && !raw.language().isBlank()) {
            return raw.language();
        }
        boolean sniffHtml = raw.contentType() == null || raw.contentType().isBlank();
        return raw.hasHtmlBody() || sniffHtml ? PageLanguage.declared(raw.body()) : null;
    }

    private static long lap(StageTimings timings, Stage stage, long start) {
        if (timings == null) {
            return start;
        }
        long now = System.nanoTime();
        timings.record(stage, now - start);
        return now;
    }

    private static Map<String, String> metadata(RawArticle raw, CleanedText clean) {
        if (clean.metadata().isEmpty()) {
            return raw.metadata();
        }
        Map<String, String> merged = new HashMap<>(clean.metadata());
        merged.putAll(raw.metadata());
        return merged;
    }

    private static String firstPresent(String given, String fromPage) {
        return given != null && !given.isBlank() ? given : blankToNull(fromPage);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
