package dev.newsflow.ingest.sources.registry;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import dev.newsflow.contracts.ArticleIds;

/**
 * The items a source already delivered, as 64-bit hashes of their keys: at most {@code capacity}
 * of them, the oldest forgotten first. Arrays grow with use, so a feed of 30 items costs a few
 * hundred bytes; lookups are binary searches in a sorted copy. Not thread-safe: one poll at a time
 * uses it.
 */
public final class SeenItems {

    private final int capacity;
    private long[] order = new long[8];
    private int start;
    private int size;
    private long[] sorted = new long[8];

    public SeenItems(int capacity) {
        this.capacity = capacity;
    }

    /** The 64-bit hash an item key is remembered by. */
    public static long hash(String key) {
        return HexFormat.fromHexDigitsToLong(ArticleIds.hash("item\n" + key), 0, 16);
    }

    public boolean contains(String key) {
        return Arrays.binarySearch(sorted, 0, size, hash(key)) >= 0;
    }

    /** Remembers the item; forgets the oldest one when full. */
    public void add(String key) {
        addHash(hash(key));
    }

    public int size() {
        return size;
    }

    private void grow() {
        if (size < order.length) {
            return;
        }
        int length = Math.min(capacity, order.length * 2);
        long[] newOrder = new long[length];
        for (int i = 0; i < size; i++) {
            newOrder[i] = order[(start + i) % order.length];
        }
        order = newOrder;
        start = 0;
        sorted = Arrays.copyOf(sorted, length);
    }

    /** Base64 of the hashes, oldest first: what the state topic stores. */
    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(size * Long.BYTES);
        for (int i = 0; i < size; i++) {
            bytes.putLong(order[(start + i) % order.length]);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The items of {@link #encode()}; the newest {@code capacity} of them when it held more. */
    public static SeenItems decode(String encoded, int capacity) {
        SeenItems seen = new SeenItems(capacity);
        if (encoded == null || encoded.isEmpty()) {
            return seen;
        }
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        while (bytes.remaining() >= Long.BYTES) {
            seen.addHash(bytes.getLong());
        }
        return seen;
    }

    private void addHash(long hash) {
        int at = Arrays.binarySearch(sorted, 0, size, hash);
        if (at >= 0) {
            return;
        }
        if (size == capacity) {
            long oldest = order[start];
            start = (start + 1) % order.length;
            size--;
            int gone = Arrays.binarySearch(sorted, 0, size + 1, oldest);
            System.arraycopy(sorted, gone + 1, sorted, gone, size - gone);
            at = Arrays.binarySearch(sorted, 0, size, hash);
        }
        grow();
        int insert = -at - 1;
        System.arraycopy(sorted, insert, sorted, insert + 1, size - insert);
        sorted[insert] = hash;
        order[(start + size) % order.length] = hash;
        size++;
    }
}
