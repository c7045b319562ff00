package dev.newsflow.enrichment.fingerprint;

import dev.newsflow.enrichment.text.Words;

/**
 * 64-bit SimHash (Charikar) over overlapping three-word shingles of the lower-cased words. Near
 * duplicates differ in few bits; the read store compares them with {@link #hammingDistance}.
 */
public final class SimHash {

    private static final int SHINGLE = 3;

    private SimHash() {
    }

    /** The SimHash of a text's words; 0 for a text without words. */
    public static long of(CharSequence text) {
        Accumulator weights = new Accumulator();
        long w0 = 0;
        long w1 = 0;
        int words = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        // a char array rather than charAt: no per-char bounds and Latin-1/UTF-16 checks in the loop
        char[] chars = text.toString().toCharArray();
        int n = chars.length;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : ' ';
            if (Words.isWordChar(c)) {
                h = (h ^ Words.lower(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                words++;
                if (words >= SHINGLE) {
                    weights.add(mix(w0 * 31 + w1 * 17 + h));
                }
                w0 = w1;
                w1 = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (words > 0 && words < SHINGLE) {
            weights.add(mix(w0 * 31 + w1 * 17));
        }
        return weights.majority();
    }

    /** 16 lower-case hex digits, as EnrichedArticle carries it. */
    public static String hex(long simhash) {
        String hex = Long.toHexString(simhash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Distance between two hashes in their {@link #hex} form. */
    public static int hammingDistance(String a, String b) {
        return hammingDistance(Long.parseUnsignedLong(a, 16), Long.parseUnsignedLong(b, 16));
    }

    /**
     * Per-bit counts of the shingle hashes, kept as 8-bit lanes inside 8 longs (lane j of long b
     * counts bit 8j+b), so adding a hash costs 8 additions instead of 64; lanes are spilled to
     * ints before they can overflow.
     */
    private static final class Accumulator {
        private static final long LANES = 0x0101010101010101L;
        private final long[] lanes = new long[8];
        private final int[] counts = new int[64];
        private int pending;
        private int total;

        void add(long hash) {
            for (int b = 0; b < 8; b++) {
                lanes[b] += (hash >>> b) & LANES;
            }
            total++;
            if (++pending == 255) {
                spill();
            }
        }

        private void spill() {
            for (int b = 0; b < 8; b++) {
                long lane = lanes[b];
                for (int j = 0; j < 8; j++) {
                    counts[8 * j + b] += (int) ((lane >>> (8 * j)) & 0xFF);
                }
                lanes[b] = 0;
            }
            pending = 0;
        }

        /** Bit i is set when more than half the hashes had it set. */
        long majority() {
            spill();
            long hash = 0;
            for (int bit = 0; bit < 64; bit++) {
                if (2 * counts[bit] > total) {
                    hash |= 1L << bit;
                }
            }
            return hash;
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** SplitMix64 finaliser: spreads shingle hashes over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
