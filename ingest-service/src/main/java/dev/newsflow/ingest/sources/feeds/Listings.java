package dev.newsflow.ingest.sources.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsflow.ingest.sources.SourceKind;
import dev.newsflow.ingest.sources.fetch.Decompression;
import dev.newsflow.ingest.sources.fetch.FetchException;

/**
 * Reads a fetched listing, whatever it turns out to be: looks at the bytes (not only the
 * Content-Type, which servers often get wrong) to tell a feed, a JSON Feed, a sitemap, a
 * plain-text sitemap and an HTML page apart, then hands it to the matching parser.
 */
public final class Listings {

    /** What a response is, judged from its first bytes. */
    public enum Shape { RSS_OR_ATOM, JSON_FEED, SITEMAP_XML, SITEMAP_TEXT, HTML, UNKNOWN }

    private static final Pattern ROOT = Pattern.compile("<\\s*([A-Za-z_][\\w.:-]*)");
    private static final Pattern FEED_LINK = Pattern.compile(
            "(?is)<link[^>]+type\\s*=\\s*[\"']application/(?:rss|atom|feed)\\+(?:xml|json)[\"'][^>]*>");
    private static final Pattern HREF = Pattern.compile("(?i)href\\s*=\\s*[\"']([^\"']+)[\"']");

    private final int maxBytes;
    private final int itemLimit;

    /**
     * @param maxBytes  largest document after decompression
     * @param itemLimit items (and child sitemaps) kept from one document, newest first
     */
    public Listings(int maxBytes, int itemLimit) {
        this.maxBytes = maxBytes;
        this.itemLimit = itemLimit;
    }

    /**
     * The listing in {@code body}, fetched from {@code uri}. {@code expected} is the source's kind
     * (null while it is still to be detected); a response of another shape is a
     * {@link ListingException} saying what it is instead.
     */
    public Listing read(byte[] body, String contentType, URI uri, SourceKind expected) throws ListingException {
        byte[] document = gunzipped(body);
        Shape shape = shapeOf(document, contentType);
        if (expected == SourceKind.FEED && shape != Shape.RSS_OR_ATOM && shape != Shape.JSON_FEED) {
            throw new ListingException("Expected a feed (RSS, Atom or JSON Feed) but got " + describe(shape, document, uri));
        }
        if (expected == SourceKind.SITEMAP && shape != Shape.SITEMAP_XML && shape != Shape.SITEMAP_TEXT) {
            throw new ListingException("Expected a sitemap but got " + describe(shape, document, uri));
        }
        return switch (shape) {
            case RSS_OR_ATOM -> RomeFeeds.parse(document, contentType, uri, itemLimit);
            case JSON_FEED -> JsonFeeds.parse(document, uri, itemLimit);
            case SITEMAP_XML -> Sitemaps.parse(document, true, uri, itemLimit);
            case SITEMAP_TEXT -> Sitemaps.parse(document, false, uri, itemLimit);
            case HTML, UNKNOWN -> throw new ListingException("Not a feed or sitemap: got " + describe(shape, document, uri));
        };
    }

    /** The kind a response shows: a feed, a sitemap or (HTML) a page; null when it is none of them. */
    public SourceKind detect(byte[] body, String contentType) throws ListingException {
        return switch (shapeOf(gunzipped(body), contentType)) {
            case RSS_OR_ATOM, JSON_FEED -> SourceKind.FEED;
            case SITEMAP_XML, SITEMAP_TEXT -> SourceKind.SITEMAP;
            case HTML -> SourceKind.PAGE;
            case UNKNOWN -> null;
        };
    }

    public static Shape shapeOf(byte[] body, String contentType) {
        String head = head(body);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("{")) {
            return JsonFeeds.looksLikeJsonFeed(body) ? Shape.JSON_FEED : Shape.UNKNOWN;
        }
        if (trimmed.startsWith("<")) {
            String root = rootElement(trimmed);
            if (root == null) {
                return trimmed.regionMatches(true, 0, "<!doctype html", 0, 14) ? Shape.HTML : Shape.UNKNOWN;
            }
            String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
            switch (local.toLowerCase(Locale.ROOT)) {
                case "rss", "rdf", "feed":
                    return Shape.RSS_OR_ATOM;
                case "urlset", "sitemapindex":
                    return Shape.SITEMAP_XML;
                case "html", "head", "body":
                    return Shape.HTML;
                default:
                    return type.contains("html") ? Shape.HTML : Shape.UNKNOWN;
            }
        }
        if (type.startsWith("text/plain") && (trimmed.startsWith("http://") || trimmed.startsWith("https://"))) {
            return Shape.SITEMAP_TEXT;
        }
        return type.contains("html") ? Shape.HTML : Shape.UNKNOWN;
    }

    private byte[] gunzipped(byte[] body) throws ListingException {
        if (!Decompression.isGzip(body)) {
            return body;
        }
        try {
            return Decompression.gunzip(body, maxBytes);
        } catch (FetchException e) {
            throw new ListingException(e.getMessage(), e);
        }
    }

    /** The first element name after the prolog (XML declaration, comments, DOCTYPE). */
    private static String rootElement(String head) {
        String rest = head;
        while (true) {
            rest = rest.stripLeading();
            if (rest.startsWith("<?")) {
                int end = rest.indexOf("?>");
                if (end < 0) {
                    return null;
                }
                rest = rest.substring(end + 2);
            } else if (rest.startsWith("<!--")) {
                int end = rest.indexOf("-->");
                if (end < 0) {
                    return null;
                }
                rest = rest.substring(end + 3);
            } else if (rest.startsWith("<!")) {
                if (rest.regionMatches(true, 0, "<!doctype html", 0, 14)) {
                    return "html";
                }
                int end = rest.indexOf('>');
                if (end < 0) {
                    return null;
                }
                // an internal subset ([...]) is not skipped properly; the parser refuses DOCTYPEs anyway
                rest = rest.substring(end + 1);
            } else {
                Matcher matcher = ROOT.matcher(rest);
                return matcher.lookingAt() ? matcher.group(1) : null;
            }
        }
    }

    /** The start of the document as text: UTF-16 when its BOM says so, else bytes as Latin-1. */
    private static String head(byte[] body) {
        int length = Math.min(body.length, 4096);
        if (length >= 2 && ((body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff)) {
            return new String(body, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && ((body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe)) {
            return new String(body, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        int start = length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf ? 3 : 0;
        return new String(body, start, length - start, StandardCharsets.ISO_8859_1);
    }

    private static String describe(Shape shape, byte[] document, URI uri) {
        return switch (shape) {
            case HTML -> "an HTML page" + feedLinkOf(document, uri);
            case RSS_OR_ATOM, JSON_FEED -> "a feed (register it with kind feed)";
            case SITEMAP_XML, SITEMAP_TEXT -> "a sitemap (register it with kind sitemap)";
            case UNKNOWN -> "something else (it starts with '" + head(document).strip()
                    .substring(0, Math.min(40, head(document).strip().length())).replaceAll("\\s+", " ") + "')";
        };
    }

    /** ", which links to the feed at URL" when the page names its feed. */
    private static String feedLinkOf(byte[] document, URI uri) {
        Matcher link = FEED_LINK.matcher(head(document));
        if (link.find()) {
            Matcher href = HREF.matcher(link.group());
            if (href.find()) {
                return "; it links to its feed at " + uri.resolve(href.group(1).strip().replace(" ", "%20"));
            }
        }
        return "";
    }
}
