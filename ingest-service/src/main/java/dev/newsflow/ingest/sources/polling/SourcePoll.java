package dev.newsflow.ingest.sources.polling;

import dev.newsflow.contracts.format.FormatException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.ingest.intake.ArticleIntake;
import dev.newsflow.ingest.intake.ArticleTooLargeException;
import dev.newsflow.ingest.intake.BrokerUnavailableException;
import dev.newsflow.ingest.intake.IngestResult;
import dev.newsflow.ingest.intake.IngestStatus;
import dev.newsflow.ingest.sources.SourceKind;
import dev.newsflow.ingest.sources.SourcesProperties;
import dev.newsflow.ingest.sources.feeds.Listing;
import dev.newsflow.ingest.sources.feeds.ListingException;
import dev.newsflow.ingest.sources.feeds.ListingItem;
import dev.newsflow.ingest.sources.feeds.Listings;
import dev.newsflow.ingest.sources.fetch.Charsets;
import dev.newsflow.ingest.sources.fetch.FetchException;
import dev.newsflow.ingest.sources.fetch.Fetcher;
import dev.newsflow.ingest.sources.registry.SeenItems;
import dev.newsflow.ingest.sources.registry.SourceDefinition;
import dev.newsflow.ingest.sources.registry.SourceRegistry;
import dev.newsflow.ingest.sources.registry.SourceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one source, as a sequence of steps: the listing (conditional GET), the sitemaps of
 * a sitemap index, then each new item's page. Each step makes at most one request; when a host's
 * turn is not due the poll schedules its own continuation and lets the thread go. At the end the
 * new state (validators, health, seen items, next poll) is saved.
 */
final class SourcePoll implements Runnable {

    /** What a poll needs from its surroundings. */
    record Context(PoliteFetch fetch, Listings listings, ArticleIntake intake, SourceRegistry registry,
            SourceMetrics metrics, SourcesProperties properties, Clock clock, ScheduledExecutorService timer,
            Executor workers, RecentlyTaken recentlyTaken) {
    }

    private static final Logger log = LoggerFactory.getLogger(SourcePoll.class);
    static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";
    static final String ACCEPT_SITEMAP = "application/xml, text/xml;q=0.9, */*;q=0.8";
    static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8";
    private static final int MAX_CHILD_SITEMAPS = 10;
    private static final int SAVE_EVERY_ITEMS = 10;
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private enum Phase { LISTING, CHILDREN, ITEMS, DONE }

    private final Context context;
    private final SourceDefinition source;
    private final Runnable onDone;
    private final SeenItems seen;
    private final Deque<Listing.Child> children = new ArrayDeque<>();
    private final Deque<ListingItem> pending = new ArrayDeque<>();
    private final Set<String> queued = new HashSet<>();
    private final SourceState state;
    private long revision;
    private Phase phase = Phase.LISTING;
    private SourceKind kind;
    private String etag;
    private String lastModified;
    private Integer httpStatus;
    private boolean notModified;
    private String failure;
    private Duration retryAfter;
    private String itemProblem;
    private String listingNote;
    private boolean leftBehind;
    private int newItems;
    private int articles;
    private int taken;
    private int sinceSave;

    SourcePoll(Context context, SourceDefinition source, SourceState state, Runnable onDone) {
        this.context = context;
        this.source = source;
        this.state = state;
        this.revision = state.revision();
        this.onDone = onDone;
        this.seen = SeenItems.decode(state.seen(), context.properties().seenCapacity());
        this.kind = source.kind() != null ? source.kind() : state.detectedKind();
        this.etag = state.etag();
        this.lastModified = state.lastModified();
    }

    @Override
    public void run() {
        try {
            while (phase != Phase.DONE) {
                long wait = step();
                if (wait > 0) {
                    context.timer().schedule(() -> context.workers().execute(this), wait, TimeUnit.NANOSECONDS);
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            log.error("Polling source {} failed unexpectedly", source.id(), e);
            fail("internal error: " + e);
        }
        finish();
    }

    /** One step; the nanoseconds to wait before the next, or 0 to go on at once. */
    private long step() {
        return switch (phase) {
            case LISTING -> listing();
            case CHILDREN -> child();
            case ITEMS -> item();
            case DONE -> 0;
        };
    }

    private long listing() {
        Fetcher.Response response;
        try {
            URI uri = URI.create(source.url());
            String accept = kind == SourceKind.PAGE ? ACCEPT_PAGE : kind == SourceKind.SITEMAP ? ACCEPT_SITEMAP : ACCEPT_FEED;
            PoliteFetch.Step step = context.fetch().attempt(new Fetcher.Request(uri, accept, etag, lastModified));
            if (step.isWaiting()) {
                return step.waitNanos();
            }
            response = step.response();
        } catch (FetchException e) {
            fail(e.getMessage());
            return 0;
        } catch (IllegalArgumentException e) {
            fail("The source URL is not valid: " + e.getMessage());
            return 0;
        }
        httpStatus = response.status();
        if (response.isNotModified()) {
            notModified = true;
            phase = Phase.DONE;
            return 0;
        }
        if (!response.isOk()) {
            retryAfter = response.retryAfter();
            fail("The source answered HTTP " + response.status());
            return 0;
        }
        etag = response.etag();
        lastModified = response.lastModified();
        try {
            if (kind == null) {
                kind = context.listings().detect(response.body(), response.contentType());
                if (kind == null) {
                    fail("The source is neither a feed, a sitemap nor an HTML page (Content-Type "
                            + response.contentType() + ")");
                    return 0;
                }
            }
            if (kind == SourceKind.PAGE) {
                takePage(response);
                phase = Phase.DONE;
                return 0;
            }
            Listing listing = context.listings().read(response.body(), response.contentType(), response.uri(), kind);
            note(listing);
            listing.sitemaps().stream().limit(MAX_CHILD_SITEMAPS).forEach(children::add);
            enqueue(listing);
            phase = children.isEmpty() ? Phase.ITEMS : Phase.CHILDREN;
        } catch (ListingException e) {
            fail(e.getMessage());
        }
        return 0;
    }

    private long child() {
        Listing.Child child = children.peek();
        if (child == null) {
            phase = Phase.ITEMS;
            return 0;
        }
        try {
            PoliteFetch.Step step = context.fetch().attempt(Fetcher.Request.of(child.url(), ACCEPT_SITEMAP));
            if (step.isWaiting()) {
                return step.waitNanos();
            }
            Fetcher.Response response = step.response();
            if (response.isOk()) {
                Listing listing = context.listings().read(response.body(), response.contentType(), response.uri(), SourceKind.SITEMAP);
                note(listing);
                enqueue(listing);
            } else {
                itemProblem = "sitemap " + child.url() + " answered HTTP " + response.status();
            }
        } catch (FetchException | ListingException e) {
            itemProblem = "sitemap " + child.url() + ": " + e.getMessage();
        }
        children.poll();
        return 0;
    }

    private long item() {
        ListingItem item = pending.peek();
        if (item == null || failure != null) {
            phase = Phase.DONE;
            return 0;
        }
        if (item.url() == null) {
            takeItemContent(item, "the item has no link to a page");
            return 0;
        }
        if (context.recentlyTaken().contains(item.key())) {
            // another source (a feed and a sitemap of the same site) took this page a moment ago
            pending.poll();
            markTaken(item);
            return 0;
        }
        Fetcher.Response response;
        try {
            PoliteFetch.Step step = context.fetch().attempt(Fetcher.Request.of(item.url(), ACCEPT_PAGE));
            if (step.isWaiting()) {
                return step.waitNanos();
            }
            response = step.response();
        } catch (FetchException e) {
            takeItemContent(item, e.getMessage(), e.reason().isTransient());
            return 0;
        }
        if (!response.isOk()) {
            boolean transientStatus = response.status() >= 500 || response.status() == 429 || response.status() == 408;
            takeItemContent(item, "the page answered HTTP " + response.status(), transientStatus);
            return 0;
        }
        if (!looksLikeHtml(response)) {
            takeItemContent(item, "the page is not HTML (" + response.contentType() + ")");
            return 0;
        }
        String html = Charsets.decodeHtml(response.body(), response.contentType());
        try {
            ingest(item, PageArticles.fromPage(html, response.uri(), item, sourceName(), source.id()));
        } catch (FormatException | ArticleTooLargeException e) {
            takeItemContent(item, "the page could not be taken: " + e.getMessage());
        }
        return 0;
    }

    private void takePage(Fetcher.Response response) {
        if (!looksLikeHtml(response)) {
            fail("The page is not HTML (" + response.contentType() + ")");
            return;
        }
        String html = Charsets.decodeHtml(response.body(), response.contentType());
        try {
            RawArticle article = PageArticles.fromPage(html, response.uri(), null, sourceName(), source.id());
            IngestResult result = context.intake().ingest(article);
            newItems++;
            if (result.status() == IngestStatus.ACCEPTED) {
                articles++;
            }
        } catch (FormatException | ArticleTooLargeException e) {
            fail("The page could not be taken as an article: " + e.getMessage());
        } catch (BrokerUnavailableException e) {
            fail(e.getMessage());
        }
    }

    private void takeItemContent(ListingItem item, String why) {
        takeItemContent(item, why, false);
    }

    /**
     * The item's own content instead of its page. Without content of its own, a transient failure
     * leaves the item for the next poll; any other is recorded and the item counted as taken.
     */
    private void takeItemContent(ListingItem item, String why, boolean transientFailure) {
        RawArticle article = PageArticles.fromItem(item, sourceName(), source.id(), why);
        if (article == null) {
            itemProblem = (item.url() == null ? "an item" : item.url().toString()) + ": " + why
                    + (transientFailure ? "; tried again next poll" : "; the item has no text of its own, skipped");
            pending.poll();
            if (transientFailure) {
                leftBehind = true;
            } else {
                markTaken(item);
            }
            return;
        }
        itemProblem = (item.url() == null ? "an item" : item.url().toString()) + ": " + why + "; its feed text was used";
        try {
            ingest(item, article);
        } catch (FormatException | ArticleTooLargeException e) {
            itemProblem = "an item could not be taken: " + e.getMessage();
            pending.poll();
            markTaken(item);
        }
    }

    private void ingest(ListingItem item, RawArticle article) {
        try {
            IngestResult result = context.intake().ingest(article);
            if (result.status() == IngestStatus.ACCEPTED) {
                articles++;
            }
            pending.poll();
            markTaken(item);
            context.recentlyTaken().add(item.key());
        } catch (BrokerUnavailableException e) {
            // the item stays unseen: the next poll offers it again
            fail(e.getMessage());
        }
    }

    private void markTaken(ListingItem item) {
        seen.add(item.key());
        taken++;
        if (++sinceSave >= SAVE_EVERY_ITEMS) {
            // a crash in a long poll then costs at most a few pages fetched twice
            sinceSave = 0;
            save(false);
        }
    }

    private void enqueue(Listing listing) {
        for (ListingItem item : listing.items()) {
            if (!seen.contains(item.key()) && queued.add(item.key())) {
                newItems++;
                if (pending.size() < context.properties().maxItemsPerPoll()) {
                    pending.add(item);
                } else {
                    leftBehind = true;
                }
            }
        }
    }

    private void note(Listing listing) {
        if (!listing.problems().isEmpty()) {
            listingNote = String.join("; ", listing.problems());
        }
    }

    private void fail(String message) {
        failure = message == null ? "unknown failure" : message;
        phase = Phase.DONE;
    }

    private void finish() {
        try {
            save(true);
        } finally {
            onDone.run();
        }
    }

    private void save(boolean done) {
        Instant now = context.clock().instant();
        revision = Math.max(context.registry().state(source.id()).revision(), revision) + 1;
        String problems = listingNote == null ? itemProblem : itemProblem == null ? listingNote : listingNote + "; " + itemProblem;
        String lastItemError = problems == null ? state.lastItemError() : problems;
        long itemsSeen = state.itemsSeen() + taken;
        long articlesIngested = state.articlesIngested() + articles;
        if (!done) {
            context.registry().saveState(new SourceState(source.id(), revision, detectedKind(), state.etag(),
                    state.lastModified(), state.lastPolledAt(), state.lastHttpStatus(), state.nextPollAt(), itemsSeen,
                    articlesIngested, state.consecutiveFailures(), state.failingSince(), state.lastError(), lastItemError,
                    state.polls(), state.notModified(), state.failures(), seen.encode()));
            return;
        }
        boolean failed = failure != null;
        // items left for later (beyond max-items-per-poll, or a transient failure) need the listing again:
        // keep the old validators so the next poll is not answered 304
        boolean complete = !failed && pending.isEmpty() && !leftBehind;
        int failures = failed ? state.consecutiveFailures() + 1 : 0;
        Instant failingSince = failed ? (state.failingSince() != null ? state.failingSince() : now) : null;
        context.registry().saveState(new SourceState(source.id(), revision, detectedKind(),
                complete ? etag : state.etag(), complete ? lastModified : state.lastModified(), now, httpStatus,
                now.plus(nextDelay(failures, failingSince, now)), itemsSeen, articlesIngested, failures, failingSince,
                failed ? failure : null, lastItemError, state.polls() + 1, state.notModified() + (notModified ? 1 : 0),
                state.failures() + (failed ? 1 : 0), seen.encode()));
        context.metrics().polled(source.id(), notModified, failed, newItems, articles);
        if (failed) {
            log.info("Polling source {} ({}) failed ({} in a row): {}", source.id(), source.url(), failures, failure);
        }
    }

    /** The interval with jitter; after failures exponential back-off, Retry-After, and the slow pace of a failing source. */
    private Duration nextDelay(int failures, Instant failingSince, Instant now) {
        SourcesProperties properties = context.properties();
        Duration interval = source.pollInterval();
        Duration delay = interval;
        if (failures > 0) {
            Duration backoff = interval.multipliedBy(1L << Math.min(failures - 1, 20));
            delay = backoff.compareTo(properties.maxBackoff()) > 0 ? max(interval, properties.maxBackoff()) : backoff;
            if (!failingSince.plus(properties.failingAfter()).isAfter(now)) {
                delay = max(delay, properties.failingPollInterval());
            }
            if (retryAfter != null) {
                delay = max(delay, retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter);
            }
        }
        double factor = 1 + properties.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.max(1000, (long) (delay.toMillis() * factor)));
    }

    private SourceKind detectedKind() {
        return source.kind() == null ? kind : state.detectedKind();
    }

    private String sourceName() {
        return source.name() != null ? source.name() : URI.create(source.url()).getHost();
    }

    private static boolean looksLikeHtml(Fetcher.Response response) {
        String type = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("html") || Listings.shapeOf(response.body(), type) == Listings.Shape.HTML;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
