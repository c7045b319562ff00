package dev.newsflow.ingest.sources.polling;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The item keys (canonical page URLs) this instance turned into articles lately, across all
 * sources, so that a page listed by two sources (a site's feed and its sitemap) is fetched once
 * and not written again with the other listing's poorer metadata. Bounded; in memory only, since
 * each source's own seen memory is the durable one.
 */
final class RecentlyTaken {

    private final Map<String, Boolean> keys;

    RecentlyTaken(int capacity) {
        this.keys = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(String key) {
        return key.startsWith("//") && keys.containsKey(key);
    }

    synchronized void add(String key) {
        if (key.startsWith("//")) {
            keys.put(key, Boolean.TRUE);
        }
    }
}
