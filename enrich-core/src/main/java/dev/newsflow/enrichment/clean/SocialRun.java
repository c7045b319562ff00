package dev.newsflow.enrichment.clean;

import java.util.Set;

/** A row of share buttons that lost its markup: "Facebook Twitter WhatsApp Email". */
final class SocialRun {

    private static final Set<String> BUTTONS = Set.of("facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest",
            "telegram", "reddit", "email", "e", "mail", "print", "share", "tweet", "copy", "link", "messenger",
            "instagram", "youtube", "tiktok", "threads", "flipboard", "pocket", "bluesky", "vk", "sms");

    private SocialRun() {
    }

    /** Words of a run of three or more buttons the sentence starts with when more follows it, else 0. */
    static int leadingWords(Piece piece) {
        int words = 0;
        int start = 0;
        String key = piece.key;
        while (start < key.length()) {
            int end = key.indexOf(' ', start);
            if (end < 0) {
                end = key.length();
            }
            if (!BUTTONS.contains(key.substring(start, end))) {
                break;
            }
            words++;
            start = end + 1;
        }
        return words >= 3 && words < piece.words ? words : 0;
    }

    static boolean isWhole(Piece piece) {
        if (piece.words < 2 || piece.words > 12) {
            return false;
        }
        int start = 0;
        String key = piece.key;
        while (start < key.length()) {
            int end = key.indexOf(' ', start);
            if (end < 0) {
                end = key.length();
            }
            if (!BUTTONS.contains(key.substring(start, end))) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }
}
