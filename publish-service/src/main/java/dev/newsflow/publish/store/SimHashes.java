package dev.newsflow.publish.store;

import java.util.regex.Pattern;

/**
 * A 64-bit SimHash and its four 16-bit bands. Two hashes within Hamming distance 3 agree on at
 * least one band, which is what lets the store find near-duplicate candidates by index.
 */
public final class SimHashes {

    public static final int BANDS = 4;
    private static final int BAND_BITS = 16;
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{16}");

    private SimHashes() {
    }

    public static boolean isValid(String hex) {
        return hex != null && HEX_64.matcher(hex).matches();
    }

    /** The 16 lower-case hex digits of the contract as the signed long PostgreSQL stores as bigint. */
    public static long parse(String hex) {
        if (!isValid(hex)) {
            throw new IllegalArgumentException("simhash must be 16 lower-case hex digits: " + hex);
        }
        return Long.parseUnsignedLong(hex, 16);
    }

    public static int band(long simhash, int index) {
        if (index < 0 || index >= BANDS) {
            throw new IllegalArgumentException("band index out of range: " + index);
        }
        return (int) ((simhash >>> (index * BAND_BITS)) & 0xFFFF);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
