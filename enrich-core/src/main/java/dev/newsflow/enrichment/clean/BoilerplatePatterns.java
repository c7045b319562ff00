package dev.newsflow.enrichment.clean;

import java.util.List;

/**
 * Known furniture of news pages, as phrases over sentence keys (lower-case words). Tuned for
 * precision: long phrases are matched anywhere in a sentence of at most {@value #MAX_WORDS} words
 * without quotation marks (a story may quote "we use cookies"); generic ones only when they
 * make up (nearly) the whole sentence.
 */
final class BoilerplatePatterns {

    static final int MAX_WORDS = 60;
    static final int MAX_WORDS_WEAK = 12;
    /** A copyright notice is a line of its own; a longer sentence that opens with one goes on with the story. */
    static final int MAX_WORDS_COPYRIGHT = 25;

    /** Unmistakable wherever they occur in a short, unquoted sentence. */
    private static final PhraseIndex STRONG = new PhraseIndex(List.of(
            "your email address will not be published", "your email will not be published",
            "required fields are marked", "all rights reserved", "your comment is awaiting moderation",
            "comments are moderated", "comments will be moderated", "comments are closed",
            "you must be logged in to post a comment", "save my name email and website",
            "notify me of follow up comments", "notify me of new posts", "this site uses akismet",
            "we use cookies", "this site uses cookies", "this website uses cookies", "our website uses cookies",
            "uses cookies to", "the use of cookies", "accept all cookies", "accept cookies", "cookie policy",
            "cookie settings", "by continuing to browse", "by continuing to use this", "by continuing to use our",
            "subscribe to our newsletter", "subscribe to our newsletters", "sign up for our newsletter",
            "sign up to our newsletter", "sign up for our free newsletter", "sign up for our daily newsletter",
            "subscribe to our youtube channel", "subscribe to our channel", "get the latest news delivered",
            "delivered straight to your inbox", "delivered to your inbox", "click here to subscribe",
            "like us on facebook", "follow us on twitter", "follow us on facebook", "follow us on instagram",
            "follow us on google news", "join our telegram", "join our whatsapp", "download our app",
            "please enable javascript", "enable javascript to", "turn off your ad blocker",
            "disable your ad blocker", "share this article", "share this story", "share on facebook",
            "share on twitter", "share on whatsapp", "click to share on", "story continues below advertisement",
            "scroll to continue with content"));

    /** Furniture only when the sentence is short. */
    private static final PhraseIndex WEAK = new PhraseIndex(List.of(
            "follow us on", "sign up now", "subscribe now", "subscribe today", "sign up today", "newsletter sign up",
            "view comments", "show comments", "add a comment", "cancel reply", "copy link", "link copied",
            "share via", "comment policy", "community guidelines", "log in to comment", "log in to reply"));

    /** Furniture when they are the whole sentence. */
    private static final PhraseIndex WHOLE = new PhraseIndex(List.of(
            "leave a reply", "leave a comment", "post a comment", "comments", "comment", "reply", "share",
            "share this", "privacy policy", "terms of use", "terms of service", "terms and conditions", "contact us", "tweet", "email", "print", "advertisement", "advertisements", "ad",
            "sponsored", "sponsored content", "skip to content", "skip to main content", "back to top", "subscribe",
            "sign up", "sign in", "log in", "login", "register", "menu", "search", "close", "next article",
            "previous article", "next post", "previous post", "next story", "loading", "0 comments", "no comments",
            "continue reading", "continue reading the main story", "accept", "accept all", "reject all", "manage cookies", "got it", "i agree",
            "manage preferences", "more", "top", "facebook", "twitter", "whatsapp", "linkedin", "pinterest"));

    /** Split off the start of a sentence that goes on with the story ("Advertisement Kim said ..."). */
    private static final PhraseIndex LEADING = new PhraseIndex(List.of(
            "leave a reply", "leave a comment", "post a comment", "advertisement", "skip to content",
            "skip to main content", "share this article", "share this story", "story continues below advertisement",
            "scroll to continue with content", "continue reading below"));

    private BoilerplatePatterns() {
    }

    static boolean matches(Piece piece) {
        String key = piece.key;
        if (key.isEmpty()) {
            return false;
        }
        if (WHOLE.containsExactly(piece) || (piece.words <= MAX_WORDS_COPYRIGHT && isCopyright(key)) || SocialRun.isWhole(piece)) {
            return true;
        }
        if (piece.words <= MAX_WORDS_WEAK && WEAK.find(piece) >= 0) {
            return true;
        }
        return piece.words <= MAX_WORDS && STRONG.find(piece) >= 0 && !piece.hasQuotes();
    }

    /** Words of a furniture phrase the sentence starts with when more follows it, else 0. */
    static int leadingWords(Piece piece) {
        String phrase = LEADING.prefixOf(piece);
        if (phrase == null || phrase.length() == piece.key.length()) {
            return 0;
        }
        return phrase.split(" ").length;
    }

    private static boolean isCopyright(String key) {
        if (key.startsWith("©") || key.startsWith("copyright ©") || key.startsWith("copyright c ")) {
            return true;
        }
        if (key.startsWith("copyright ") && key.length() > 14 && isYear(key, 10)) {
            return true;
        }
        return key.startsWith("c ") && key.length() >= 6 && isYear(key, 2) && (key.length() == 6 || key.charAt(6) == ' ');
    }

    private static boolean isYear(String key, int at) {
        if (key.length() < at + 4) {
            return false;
        }
        for (int i = at; i < at + 4; i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return key.charAt(at) == '1' || key.charAt(at) == '2';
    }
}
