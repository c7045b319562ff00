package dev.newsflow.contracts;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stable article ids. An article without an id gets one derived from its canonical URL when it
 * has one, else from its normalized title and body, so sending the same article twice never
 * makes a second one.
 */
public final class ArticleIds {

    /** What a caller-supplied id may look like: safe in URLs, headers and logs. */
    public static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int ID_HEX_LENGTH = 32;

    private ArticleIds() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID_ID.matcher(id).matches();
    }

    /** The id of an article: its own when given, else derived from its URL or content. */
    public static String idOf(RawArticle article) {
        if (article.id() != null && !article.id().isBlank()) {
            return article.id();
        }
        String canonical = canonicalUrl(article.url());
        if (canonical != null) {
            return "u-" + hash("url\n" + canonical);
        }
        return "c-" + hash("content\n" + normalizeText(article.title()) + "\n" + normalizeText(article.body()));
    }

    /**
     * The URL in a canonical form: lower-case scheme and host, default port, fragment and
     * tracking parameters dropped, remaining query parameters sorted, no trailing slash.
     * Returns null when there is no usable absolute http(s) URL.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
            return null;
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && "http".equals(scheme)) || (port == 443 && "https".equals(scheme));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !isTrackingParameter(p))
                .sorted()
                .collect(Collectors.joining("&"));
        // http and https name the same article
        return "//" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    /** Text reduced to what identifies it: NFKC, lower case, single spaces. */
    public static String normalizeText(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(normalized).replaceAll(" ").strip();
    }

    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ID_HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static boolean isTrackingParameter(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid") || name.equals("ref") || name.equals("cmpid");
    }
}
