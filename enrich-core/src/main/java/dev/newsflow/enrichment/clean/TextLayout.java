package dev.newsflow.enrichment.clean;

import dev.newsflow.enrichment.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Text to pieces: paragraphs (split at blank lines), lines, sentences. A line that continues a
 * hard-wrapped sentence (the previous line ends mid-sentence, this one starts in lower case) is
 * joined to it; any other line break ends a sentence, which is what separates "Leave a Reply"
 * from the next line.
 */
final class TextLayout {

    private TextLayout() {
    }

    static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        int paragraph = 0;
        int lineIndex = 0;
        StringBuilder unit = new StringBuilder();
        boolean blankSeen = false;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                blankSeen = true;
                continue;
            }
            boolean continues = !blankSeen && unit.length() > 0 && continuesSentence(unit, line);
            if (continues) {
                unit.append(' ').append(line);
                continue;
            }
            if (unit.length() > 0) {
                addLine(pieces, unit.toString(), paragraph, lineIndex++);
                unit.setLength(0);
                if (blankSeen) {
                    paragraph++;
                }
            }
            blankSeen = false;
            unit.append(line);
        }
        if (unit.length() > 0) {
            addLine(pieces, unit.toString(), paragraph, lineIndex);
        }
        return pieces;
    }

    private static boolean continuesSentence(CharSequence previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        boolean open = Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '-';
        return open && Character.isLowerCase(line.charAt(0));
    }

    private static void addLine(List<Piece> pieces, String line, int paragraph, int lineIndex) {
        boolean first = true;
        for (String sentence : SentenceSplitter.split(line)) {
            pieces.add(new Piece(sentence, paragraph, lineIndex, first));
            first = false;
        }
    }

    /**
     * Control characters (binary garbage) become spaces, invisible format characters that break
     * words go, and carriage returns become line feeds: what follows sees plain lines.
     */
    static String normalize(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            char replacement;
            if (c == '\r') {
                replacement = i + 1 < n && text.charAt(i + 1) == '\n' ? 0 : '\n';
            } else if (c == '\n') {
                if (out != null) {
                    out.append(c);
                }
                continue;
            } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c < 0x20) || (c >= 0x7F && c < 0xA0)
                    || c == '\uFFFD' || c == '\u2028' || c == '\u2029') {
                replacement = c == '\u2028' || c == '\u2029' ? '\n' : ' ';
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                replacement = 0;
            } else {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (replacement != 0) {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }
}
