package dev.newsflow.contracts;

/**
 * Removes from an HTML page what no article extraction reads: scripts (except JSON-LD, which
 * carries the article's title, author and dates), style sheets, comments, and the payload of
 * large inline {@code data:} URIs. A real article page weighs 1-1.5 MB, mostly these; the article
 * is a few percent of it. What is left parses to the same document text and metadata.
 *
 * <p>One linear pass over the text, no parser and no regular expressions, so a 10 MB page costs
 * milliseconds. It follows the HTML tokenizer where it matters for what is kept: quoted attribute
 * values, comments ({@code <!-->} included), the escaped states of script data (a
 * {@code "<script>"} inside {@code <!-- -->} in a script does not end it), and elements whose
 * content is text ({@code <title>}, {@code <textarea>}, {@code <noscript>} ...), copied verbatim.
 * An element left open runs to the end of the page, as a browser reads it.
 *
 * <p>ingest-service trims every {@code text/html} body before writing it and records what it
 * removed under {@link #METADATA_KEY}; enrichment trims a page too large to parse whole (one
 * written straight to the topic) before anything else.
 */
public final class HtmlTrim {

    /** The raw article's metadata key saying what ingest removed from the page. */
    public static final String METADATA_KEY = "htmlTrimmed";

    /** Shorter {@code data:} payloads (placeholder pixels, tiny icons) stay: lazy-image logic may look at them. */
    static final int MIN_DATA_PAYLOAD = 128;

    /** Elements whose content the tokenizer reads as text, not markup: kept verbatim up to their end tag. */
    private static final String[] TEXT_ELEMENTS = {"title", "textarea", "noscript", "iframe", "xmp", "noembed",
            "noframes"};

    /**
     * @param html     the trimmed page (the same instance when nothing was removed)
     * @param original length of the page before, in chars
     */
    public record Trimmed(String html, int original, int scripts, int styles, int comments, int dataUris) {

        public boolean changed() {
            return html.length() != original;
        }

        /** What went, for the article's metadata and removal notes. */
        public String summary() {
            return "removed " + (original - html.length()) + " of " + original + " characters before extraction: "
                    + scripts + " scripts (JSON-LD kept), " + styles + " style sheets, " + comments + " comments, "
                    + dataUris + " inline data: URI payloads";
        }
    }

    private HtmlTrim() {
    }

    public static Trimmed trim(String html) {
        return new Scan(html).run();
    }

    private static final class Scan {

        private final String s;
        private final int n;
        private StringBuilder out;
        /** Everything before this index is either copied to {@link #out} or removed. */
        private int copied;
        private int scripts;
        private int styles;
        private int comments;
        private int dataUris;

        Scan(String html) {
            this.s = html;
            this.n = html.length();
        }

        Trimmed run() {
            int i = 0;
            while (i < n) {
                int lt = s.indexOf('<', i);
                if (lt < 0 || lt + 1 >= n) {
                    break;
                }
                char c = s.charAt(lt + 1);
                if (c == '!' && s.startsWith("<!--", lt)) {
                    i = commentEnd(lt + 4);
                    remove(lt, i);
                    comments++;
                } else if (isAsciiLetter(c)) {
                    i = startTag(lt);
                } else {
                    i = lt + 1;
                }
            }
            if (out == null) {
                return new Trimmed(s, n, 0, 0, 0, 0);
            }
            out.append(s, copied, n);
            return new Trimmed(out.toString(), n, scripts, styles, comments, dataUris);
        }

        /** Handles the start tag at {@code lt} and, for scripts, styles and text elements, their content. */
        private int startTag(int lt) {
            int nameEnd = lt + 1;
            while (nameEnd < n && !isTagNameEnd(s.charAt(nameEnd))) {
                nameEnd++;
            }
            if (isName(lt + 1, nameEnd, "script")) {
                boolean[] jsonLd = {false};
                int contentStart = attributes(nameEnd, false, jsonLd);
                int end = scriptEnd(contentStart);
                if (!jsonLd[0]) {
                    remove(lt, end);
                    scripts++;
                }
                return end;
            }
            if (isName(lt + 1, nameEnd, "style")) {
                int end = endTagEnd(attributes(nameEnd, false, null), "style");
                remove(lt, end);
                styles++;
                return end;
            }
            int contentStart = attributes(nameEnd, true, null);
            if (isName(lt + 1, nameEnd, "plaintext")) {
                return n;
            }
            for (String element : TEXT_ELEMENTS) {
                if (isName(lt + 1, nameEnd, element)) {
                    return endTagEnd(contentStart, element);
                }
            }
            return contentStart;
        }

        /**
         * Reads the attributes from {@code i} up to the tag's {@code >}; returns the index after it.
         * Large {@code data:} payloads in values go when {@code dropData}; {@code jsonLd[0]} is set
         * when a {@code type} attribute says JSON-LD.
         */
        private int attributes(int i, boolean dropData, boolean[] jsonLd) {
            boolean typeSeen = false;
            while (true) {
                while (i < n && (isSpace(s.charAt(i)) || s.charAt(i) == '/')) {
                    i++;
                }
                if (i >= n) {
                    return n;
                }
                if (s.charAt(i) == '>') {
                    return i + 1;
                }
                int nameStart = i;
                i++; // a first '=' belongs to the name
                while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>' && s.charAt(i) != '=') {
                    i++;
                }
                int nameEnd = i;
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n || s.charAt(i) != '=') {
                    continue;
                }
                i++;
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return n;
                }
                int valueStart;
                int valueEnd;
                char q = s.charAt(i);
                if (q == '"' || q == '\'') {
                    valueStart = i + 1;
                    int close = s.indexOf(q, valueStart);
                    valueEnd = close < 0 ? n : close;
                    i = close < 0 ? n : close + 1;
                } else {
                    valueStart = i;
                    while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
                        i++;
                    }
                    valueEnd = i;
                }
                if (jsonLd != null && !typeSeen && isName(nameStart, nameEnd, "type")) {
                    typeSeen = true; // of repeated attributes the first counts
                    jsonLd[0] = isJsonLd(valueStart, valueEnd);
                }
                if (dropData) {
                    dataPayloads(valueStart, valueEnd);
                }
            }
        }

        /** A value that is a data: URI, or holds {@code url(data:...)} (inline styles): drops large payloads. */
        private void dataPayloads(int from, int to) {
            int v = from;
            while (v < to && isSpace(s.charAt(v))) {
                v++;
            }
            if (s.regionMatches(true, v, "data:", 0, 5)) {
                dropPayload(v + 5, to);
                return;
            }
            for (int k = from; k + 9 <= to; k++) {
                if (s.charAt(k) == '(' && s.regionMatches(true, k + 1, "data:", 0, 5)) {
                    int end = k + 6;
                    while (end < to && s.charAt(end) != ')') {
                        end++;
                    }
                    k = dropPayload(k + 6, end);
                }
            }
        }

        /**
         * Removes what follows the comma of a data: URI starting at {@code from}, up to {@code end};
         * returns where the caller's scan goes on.
         */
        private int dropPayload(int from, int end) {
            int comma = -1;
            for (int k = from; k < end && k < from + 200; k++) {
                if (s.charAt(k) == ',') {
                    comma = k;
                    break;
                }
            }
            if (comma >= 0 && end - comma - 1 >= MIN_DATA_PAYLOAD) {
                remove(comma + 1, end);
                dataUris++;
            }
            return Math.max(from, end - 1);
        }

        private boolean isJsonLd(int from, int to) {
            while (from < to && isSpace(s.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(s.charAt(to - 1))) {
                to--;
            }
            return to - from == 19 && s.regionMatches(true, from, "application/ld+json", 0, 19);
        }

        /** After {@code <!--}: the index after the comment's end, {@code -->}, {@code --!>} or an abrupt {@code >}. */
        private int commentEnd(int i) {
            if (i < n && s.charAt(i) == '>') {
                return i + 1;
            }
            if (i + 1 < n && s.charAt(i) == '-' && s.charAt(i + 1) == '>') {
                return i + 2;
            }
            int k = i;
            while (true) {
                int dash = s.indexOf("--", k);
                if (dash < 0) {
                    return n;
                }
                if (dash + 2 < n && s.charAt(dash + 2) == '>') {
                    return dash + 3;
                }
                if (dash + 3 < n && s.charAt(dash + 2) == '!' && s.charAt(dash + 3) == '>') {
                    return dash + 4;
                }
                k = dash + 1;
            }
        }

        /**
         * Script data from {@code i}: the index after its {@code </script>}. Inside {@code <!--} a
         * {@code <script} starts a double-escaped run in which {@code </script>} does not end the
         * script; {@code -->} leaves both.
         */
        private int scriptEnd(int i) {
            boolean escaped = false;
            boolean doubleEscaped = false;
            for (int k = i; k < n; k++) {
                if (!escaped) {
                    k = s.indexOf('<', k); // outside <!-- --> only '<' matters; indexOf is vectorised
                    if (k < 0) {
                        return n;
                    }
                }
                char c = s.charAt(k);
                if (c == '<') {
                    if (isTag(k + 1, "/script")) {
                        if (!doubleEscaped) {
                            return tagEnd(k + 8);
                        }
                        doubleEscaped = false;
                    } else if (escaped && isTag(k + 1, "script")) {
                        doubleEscaped = true;
                    } else if (!escaped && s.startsWith("<!--", k)) {
                        escaped = true;
                        k += 3;
                    }
                } else if (c == '-' && escaped && s.startsWith("-->", k)) {
                    escaped = false;
                    doubleEscaped = false;
                    k += 2;
                }
            }
            return n;
        }

        /** The index after the {@code </name>} that ends text content starting at {@code i}. */
        private int endTagEnd(int i, String name) {
            int k = i;
            while (true) {
                int lt = s.indexOf("</", k);
                if (lt < 0) {
                    return n;
                }
                if (isTag(lt + 2, name)) {
                    return tagEnd(lt + 2 + name.length());
                }
                k = lt + 2;
            }
        }

        /** {@code name} at {@code i}, case-insensitive, followed by whitespace, '/', '>' or the end. */
        private boolean isTag(int i, String name) {
            int after = i + name.length();
            return s.regionMatches(true, i, name, 0, name.length()) && (after >= n || isTagNameEnd(s.charAt(after)));
        }

        /** The index after the {@code >} closing a tag whose name ends before {@code i}. */
        private int tagEnd(int i) {
            int gt = s.indexOf('>', i);
            return gt < 0 ? n : gt + 1;
        }

        private boolean isName(int from, int to, String name) {
            return to - from == name.length() && s.regionMatches(true, from, name, 0, name.length());
        }

        private void remove(int from, int to) {
            if (to <= from) {
                return;
            }
            if (out == null) {
                out = new StringBuilder(Math.max(16, n / 4));
            }
            out.append(s, copied, from);
            copied = to;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        private static boolean isTagNameEnd(char c) {
            return isSpace(c) || c == '/' || c == '>';
        }
    }
}
