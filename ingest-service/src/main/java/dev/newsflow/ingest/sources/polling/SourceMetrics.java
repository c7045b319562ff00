package dev.newsflow.ingest.sources.polling;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Per-source counters on {@code /actuator/prometheus}: polls, 304s, new items, articles and
 * failures, tagged with the source id. Counted by the instance that polls, so summing over
 * instances gives the totals; a deleted source's meters are removed.
 */
final class SourceMetrics {

    private record Meters(Counter polls, Counter notModified, Counter items, Counter articles, Counter failures) {
    }

    private final MeterRegistry registry;
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    SourceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void polled(String sourceId, boolean notModified, boolean failed, int newItems, int articles) {
        Meters m = meters.computeIfAbsent(sourceId, this::register);
        m.polls().increment();
        if (notModified) {
            m.notModified().increment();
        }
        if (failed) {
            m.failures().increment();
        }
        m.items().increment(newItems);
        m.articles().increment(articles);
    }

    /** Drops the meters of sources that no longer exist. */
    void retainOnly(Set<String> sourceIds) {
        meters.keySet().removeIf(id -> {
            if (sourceIds.contains(id)) {
                return false;
            }
            Meters m = meters.get(id);
            for (Counter counter : new Counter[] {m.polls(), m.notModified(), m.items(), m.articles(), m.failures()}) {
                registry.remove(counter);
            }
            return true;
        });
    }

    private Meters register(String sourceId) {
        Tags tags = Tags.of("source", sourceId);
        return new Meters(
                Counter.builder("newsflow.sources.polls").description("Polls of a source").tags(tags).register(registry),
                Counter.builder("newsflow.sources.not.modified").description("Polls answered 304 Not Modified")
                        .tags(tags).register(registry),
                Counter.builder("newsflow.sources.items").description("New items found in a source").tags(tags).register(registry),
                Counter.builder("newsflow.sources.articles").description("Articles a source delivered to the raw topic")
                        .tags(tags).register(registry),
                Counter.builder("newsflow.sources.failures").description("Polls of a source that failed").tags(tags)
                        .register(registry));
    }
}
