package dev.newsflow.enrichment.fingerprint;

import java.nio.charset.StandardCharsets;
import dev.newsflow.enrichment.text.Words;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * SHA-256 (64 hex digits) over the normalized title and body: NFKC, lower case, whitespace runs as
 * one space, trimmed; so re-spacing or re-casing an article does not change its hash.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String title, String body) {
        MessageDigest sha256 = sha256();
        sha256.update(normalize(title).getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        sha256.update(normalize(body).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** NFKC, lower case, whitespace runs as one space, trimmed: in one pass for text NFKC leaves alone. */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = isNfkcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        char[] chars = nfkc.toCharArray(); // no per-char bounds and coding checks in the loop
        char[] out = new char[chars.length];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Words.isWhitespace(c)) {
                space = true;
            } else {
                if (space && length > 0) {
                    out[length++] = ' ';
                }
                space = false;
                out[length++] = Words.lower(c);
            }
        }
        return new String(out, 0, length);
    }

    /** Characters NFKC maps to themselves: ASCII, and the dashes and quotes of typeset text. */
    private static boolean isNfkcStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xA0 && !(c >= 0x2010 && c <= 0x2022 && c != 0x2011 && c != 0x2017)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cloned per call: {@code MessageDigest.getInstance} searches the security providers every time,
     * which cost more than hashing a whole article; a clone of an unused digest is a fresh one.
     */
    private static final MessageDigest PROTOTYPE = newSha256();

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
