package dev.newsflow.enrichment.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for the structured data pages embed (JSON-LD): objects become
 * maps, arrays lists, strings strings, everything else null or a number. Depth and size are
 * bounded, and malformed input yields null rather than an exception, because publishers' JSON-LD
 * is often hand-made and sometimes broken.
 */
final class Json {

    private static final int MAX_DEPTH = 40;

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** The value the text holds, or null when it is not JSON. */
    static Object parse(String text) {
        Json json = new Json(text);
        try {
            json.skipSpace();
            Object value = json.value(0);
            return value;
        } catch (Malformed | StackOverflowError e) {
            return null;
        }
    }

    private static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }

    private Object value(int depth) throws Malformed {
        if (depth > MAX_DEPTH || i >= s.length()) {
            throw new Malformed();
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            default:
                return literal();
        }
    }

    private Map<String, Object> object(int depth) throws Malformed {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        skipSpace();
        if (peek() == '}') {
            i++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw new Malformed();
            }
            String key = string();
            skipSpace();
            if (peek() != ':') {
                throw new Malformed();
            }
            i++;
            skipSpace();
            map.putIfAbsent(key, value(depth + 1));
            skipSpace();
            char c = peek();
            i++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new Malformed();
            }
            skipSpace();
            if (peek() == '}') {
                i++;
                return map;
            }
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> list = new ArrayList<>();
        i++;
        skipSpace();
        if (peek() == ']') {
            i++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            char c = peek();
            i++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new Malformed();
            }
            skipSpace();
            if (peek() == ']') {
                i++;
                return list;
            }
        }
    }

    private String string() throws Malformed {
        i++;
        StringBuilder out = null;
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                String value = out == null ? s.substring(start, i) : out.append(s, start, i).toString();
                i++;
                return value;
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(s, start, i);
                if (i + 1 >= s.length()) {
                    throw new Malformed();
                }
                char e = s.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new Malformed();
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException x) {
                            throw new Malformed();
                        }
                        i += 4;
                    }
                    default -> out.append(e);
                }
                start = i;
            } else {
                i++;
            }
        }
        throw new Malformed();
    }

    private Object literal() throws Malformed {
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ',' || c == '}' || c == ']' || Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        String word = s.substring(start, i);
        switch (word) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return Double.parseDouble(word);
                } catch (NumberFormatException e) {
                    throw new Malformed();
                }
        }
    }

    private char peek() throws Malformed {
        if (i >= s.length()) {
            throw new Malformed();
        }
        return s.charAt(i);
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
