package dev.newsflow.ingest.sources.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML page: its encoding from the byte order mark, else the Content-Type header,
 * else a {@code <meta charset>} (or {@code http-equiv}) near the top, else UTF-8. Bytes that do not
 * fit the encoding become U+FFFD rather than failing the page.
 */
public final class Charsets {

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final int PRESCAN_BYTES = 4096;

    private Charsets() {
    }

    public static String decodeHtml(byte[] body, String contentType) {
        int[] bomLength = new int[1];
        Charset charset = fromBom(body, bomLength);
        if (charset == null) {
            charset = named(headerCharset(contentType));
        }
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            Matcher meta = META_CHARSET.matcher(head);
            if (meta.find()) {
                charset = named(meta.group(1));
            }
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        return decode(body, bomLength[0], charset);
    }

    /** The charset parameter of a Content-Type header, or null. */
    public static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = HEADER_CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Charset fromBom(byte[] body, int[] length) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            length[0] = 3;
            return StandardCharsets.UTF_8;
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            length[0] = 2;
            return StandardCharsets.UTF_16BE;
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            length[0] = 2;
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset named(String name) {
        if (name == null) {
            return null;
        }
        String label = name.strip().toLowerCase(Locale.ROOT);
        // as browsers do (WHATWG Encoding): latin1 and ascii labels mean windows-1252
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            label = "windows-1252";
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String decode(byte[] body, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }
}
