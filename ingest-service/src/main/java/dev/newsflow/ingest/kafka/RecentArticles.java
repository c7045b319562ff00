package dev.newsflow.ingest.kafka;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which content the broker last acknowledged for each recently written article id, bounded to
 * the least recently used {@code capacity} ids. A fingerprint (128 bits of SHA-256 of the record
 * value) stands in for the content to keep the memory small.
 */
final class RecentArticles {

    record Fingerprint(long high, long low) {

        static Fingerprint of(byte[] value) {
            try {
                ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(value));
                return new Fingerprint(digest.getLong(), digest.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JVM", e);
            }
        }
    }

    private final Map<String, Fingerprint> acknowledged;

    RecentArticles(int capacity) {
        this.acknowledged = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Fingerprint> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(String id, Fingerprint fingerprint) {
        return fingerprint.equals(acknowledged.get(id));
    }

    synchronized void remember(String id, Fingerprint fingerprint) {
        acknowledged.put(id, fingerprint);
    }

    synchronized int size() {
        return acknowledged.size();
    }
}
