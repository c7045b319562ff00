package dev.newsflow.ingest.sources.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt per origin (scheme, host, port), parsed by crawler-commons, kept for a while and then
 * fetched again. As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that
 * cannot be reached (5xx, network) disallows everything for now and is tried again soon.
 */
public final class Robots {

    /** The rules of one origin and until when they hold. */
    public record Entry(BaseRobotRules rules, Instant expires, String problem) {

        public boolean allows(URI uri) {
            return rules.isAllowed(uri.toString());
        }

        /** robots.txt's Crawl-delay in milliseconds, or 0. */
        public long crawlDelayMillis() {
            long delay = rules.getCrawlDelay();
            return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? 0 : delay;
        }
    }

    static final int MAX_ROBOTS_BYTES = 512 * 1024;
    private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(10);
    private static final int CAPACITY = 10_000;

    private final Fetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final List<String> robotNames;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    public Robots(Fetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.robotNames = List.of(fetcher.config().robotName().toLowerCase(Locale.ROOT));
        this.ttl = fetcher.config().robotsTtl();
        this.clock = clock;
    }

    /** The rules that hold for the URL's origin now, or null when they must be (re)loaded first. */
    public synchronized Entry cached(URI uri) {
        Entry entry = cache.get(origin(uri));
        return entry == null || !clock.instant().isBefore(entry.expires()) ? null : entry;
    }

    /**
     * Fetches and caches the origin's robots.txt. The caller holds the host's turn at the
     * {@link HostGate}, as for any request. A robots.txt refused by the address guard is the
     * caller's problem too: {@link FetchRefusedException}.
     */
    public Entry load(URI uri) throws FetchRefusedException {
        URI robotsUri = URI.create(origin(uri) + "/robots.txt");
        Instant now = clock.instant();
        Entry entry;
        try {
            Fetcher.Response response = fetcher.fetch(Fetcher.Request.of(robotsUri, "text/plain"), MAX_ROBOTS_BYTES);
            if (response.isOk()) {
                entry = new Entry(parser.parseContent(robotsUri.toString(), response.body(), "text/plain", robotNames),
                        now.plus(ttl), null);
            } else if (response.status() >= 400 && response.status() < 500) {
                entry = new Entry(parser.failedFetch(response.status()), now.plus(ttl), null);
            } else {
                entry = new Entry(parser.failedFetch(response.status()), now.plus(RETRY_UNREACHABLE),
                        robotsUri + " answered HTTP " + response.status());
            }
        } catch (FetchRefusedException e) {
            throw e;
        } catch (FetchException e) {
            if (e.reason() == FetchException.Reason.TOO_LARGE) {
                entry = new Entry(parser.failedFetch(404), now.plus(ttl), null);
            } else {
                entry = new Entry(parser.failedFetch(503), now.plus(RETRY_UNREACHABLE),
                        robotsUri + " could not be fetched: " + e.getMessage());
            }
        }
        synchronized (this) {
            cache.put(origin(uri), entry);
        }
        return entry;
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
