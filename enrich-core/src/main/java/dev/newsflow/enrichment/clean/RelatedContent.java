package dev.newsflow.enrichment.clean;

import java.util.List;

/**
 * "Related stories" blocks: a heading line ("You might be interested in") followed by headline
 * lines, or a single "Read more: ..." line. A headline line is short and does not end like a
 * sentence; the block ends at the first line that is not one.
 */
final class RelatedContent {

    static final int MAX_HEADLINES = 12;
    static final int MAX_HEADLINE_WORDS = 20;
    static final int MAX_INLINE_WORDS = 25;

    private static final PhraseIndex HEADINGS = new PhraseIndex(List.of("related", "related stories",
            "related articles", "related news", "related posts", "related content", "related coverage",
            "related topics", "related reading", "you might be interested in", "you may be interested in",
            "you might also like", "you may also like", "you might also be interested in", "you may have missed",
            "recommended", "recommended for you", "recommended stories", "recommended articles", "more from",
            "more stories", "more on this story", "more news", "more like this", "most read", "most popular",
            "most viewed", "trending now", "trending", "read more", "read also", "also read", "see also",
            "what to read next", "don't miss", "dont miss", "editor's picks", "top stories", "latest news",
            "latest stories", "also on", "in other news", "further reading", "watch", "must read"));

    /** Phrases that, followed by a colon, introduce a link to another story. */
    private static final PhraseIndex INLINE = new PhraseIndex(List.of("read more", "read also", "also read",
            "see also", "related", "more", "recommended", "watch", "listen", "read", "must read", "also see"));

    private RelatedContent() {
    }

    /** A line that announces a block of related headlines. */
    static boolean isHeading(List<Piece> line) {
        if (line.size() != 1) {
            return false;
        }
        Piece piece = line.get(0);
        String phrase = HEADINGS.prefixOf(piece);
        if (phrase == null) {
            return false;
        }
        int phraseWords = phrase.split(" ").length;
        char last = piece.lastChar();
        return piece.words <= phraseWords + 3 && last != '.' && last != '!' && last != '?';
    }

    /** A "Read more: ..." line. */
    static boolean isInlineLink(List<Piece> line) {
        Piece first = line.get(0);
        String phrase = INLINE.prefixOf(first);
        if (phrase == null || totalWords(line) > MAX_INLINE_WORDS) {
            return false;
        }
        int end = dev.newsflow.enrichment.text.Words.endOfWord(first.text, phrase.split(" ").length);
        while (end < first.text.length() && first.text.charAt(end) == ' ') {
            end++;
        }
        return end < first.text.length() && (first.text.charAt(end) == ':' || first.text.charAt(end) == '»');
    }

    /** A line that could be the title of another story. */
    static boolean isHeadline(List<Piece> line) {
        if (line.size() > 1) {
            return false;
        }
        Piece piece = line.get(0);
        char last = piece.lastChar();
        boolean endsLikeSentence = last == '.' || last == '!' || last == '"' || last == '”';
        return piece.words <= MAX_HEADLINE_WORDS && (!endsLikeSentence || piece.words <= 6) && !piece.hasQuotes();
    }

    private static int totalWords(List<Piece> line) {
        int words = 0;
        for (Piece piece : line) {
            words += piece.words;
        }
        return words;
    }
}
