package dev.newsflow.ingest.sources.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The only URLs newsflow fetches: absolute http or https, with a host and no user info. */
public final class WebUrls {

    private static final int MAX_URL_CHARS = 2048;

    private WebUrls() {
    }

    /** The URL as newsflow will fetch it, or {@link FetchRefusedException} saying what is wrong with it. */
    public static URI parse(String url) throws FetchRefusedException {
        if (url == null || url.isBlank()) {
            throw new FetchRefusedException("No URL given");
        }
        String text = url.strip();
        if (text.length() > MAX_URL_CHARS) {
            throw new FetchRefusedException("The URL is longer than " + MAX_URL_CHARS + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new FetchRefusedException("Not a valid URL: " + e.getMessage());
        }
        return check(uri);
    }

    /**
     * A link as found in a feed, sitemap or redirect, resolved against the document it came from:
     * relative ({@code /a/b}, {@code b}) and protocol-relative ({@code //host/b}) links become
     * absolute. Empty when it does not make an http(s) URL.
     */
    public static Optional<URI> resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            // spaces and other characters feeds leave unescaped would fail new URI(); escape the common ones
            String cleaned = link.strip().replace(" ", "%20").replace("|", "%7C");
            URI resolved = base == null ? new URI(cleaned) : base.resolve(new URI(cleaned));
            return Optional.of(check(resolved));
        } catch (URISyntaxException | IllegalArgumentException | FetchRefusedException e) {
            return Optional.empty();
        }
    }

    static URI check(URI uri) throws FetchRefusedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefusedException(scheme.isEmpty()
                    ? "The URL '" + abbreviate(uri.toString()) + "' is not absolute; give it with http:// or https://"
                    : "Only http and https URLs are fetched, not " + scheme + ":");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchRefusedException("The URL '" + abbreviate(uri.toString()) + "' has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchRefusedException("URLs with a user name or password are not fetched");
        }
        // a fragment never reaches the server
        try {
            return withoutFragment(uri, scheme);
        } catch (URISyntaxException e) {
            throw new FetchRefusedException("Not a valid URL: " + e.getMessage());
        }
    }

    private static URI withoutFragment(URI uri, String scheme) throws URISyntaxException {
        StringBuilder text = new StringBuilder(scheme).append("://").append(uri.getRawAuthority());
        text.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            text.append('?').append(uri.getRawQuery());
        }
        return new URI(text.toString());
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
