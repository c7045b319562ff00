package dev.newsflow.ingest.sources.polling;

import java.net.URI;
import java.time.Duration;

import dev.newsflow.ingest.sources.fetch.FetchException;
import dev.newsflow.ingest.sources.fetch.Fetcher;
import dev.newsflow.ingest.sources.fetch.HostGate;
import dev.newsflow.ingest.sources.fetch.Robots;

/**
 * A fetch that keeps the rules: the host's robots.txt first (loaded when not cached), then the
 * host's turn at the {@link HostGate}, then the request. {@link #attempt} never waits; it says
 * how long to wait instead.
 */
public final class PoliteFetch {

    /** Either a response, or the nanoseconds to wait before attempting again. */
    public record Step(long waitNanos, Fetcher.Response response) {

        static Step after(long nanos) {
            return new Step(Math.max(1, nanos), null);
        }

        public boolean isWaiting() {
            return response == null;
        }
    }

    private final Fetcher fetcher;
    private final Robots robots;
    private final HostGate gate;

    public PoliteFetch(Fetcher fetcher, Robots robots, HostGate gate) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.gate = gate;
    }

    /**
     * One attempt: a response, a wait, or a {@link FetchException} (including
     * {@link FetchException.Reason#DISALLOWED} when robots.txt says no).
     */
    public Step attempt(Fetcher.Request request) throws FetchException {
        URI uri = request.uri();
        String host = uri.getHost();
        // refused addresses are refused as themselves, before their robots.txt is even asked for
        fetcher.checkAllowed(uri);
        Robots.Entry rules = robots.cached(uri);
        if (rules == null) {
            long wait = gate.tryEnter(host);
            if (wait != HostGate.ENTERED) {
                return Step.after(wait);
            }
            try {
                rules = robots.load(uri);
            } finally {
                gate.leave(host);
            }
        }
        if (!rules.allows(uri)) {
            if (rules.problem() != null) {
                throw new FetchException(FetchException.Reason.NETWORK, rules.problem() + "; nothing is fetched from "
                        + host + " until it can be read");
            }
            throw new FetchException(FetchException.Reason.DISALLOWED, "robots.txt of " + host + " disallows "
                    + uri.getRawPath() + " for " + fetcher.config().robotName());
        }
        gate.crawlDelay(host, rules.crawlDelayMillis());
        long wait = gate.tryEnter(host);
        if (wait != HostGate.ENTERED) {
            return Step.after(wait);
        }
        try {
            return new Step(0, fetcher.fetch(request));
        } finally {
            gate.leave(host);
        }
    }

    /** Attempts until there is a response, sleeping through the waits, for at most {@code maxWait} of waiting. */
    public Fetcher.Response fetchNow(Fetcher.Request request, Duration maxWait) throws FetchException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Step step = attempt(request);
            if (!step.isWaiting()) {
                return step.response();
            }
            if (System.nanoTime() + step.waitNanos() > deadline) {
                throw new FetchException(FetchException.Reason.BUSY, request.uri().getHost()
                        + " is being fetched at its rate limit already; try again in a few seconds");
            }
            try {
                Thread.sleep(Math.max(1, step.waitNanos() / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(FetchException.Reason.NETWORK, "Interrupted while waiting for " + request.uri().getHost());
            }
        }
    }

    public Fetcher fetcher() {
        return fetcher;
    }
}
