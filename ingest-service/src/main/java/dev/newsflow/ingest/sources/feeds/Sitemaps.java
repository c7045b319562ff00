package dev.newsflow.ingest.sources.feeds;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import dev.newsflow.ingest.sources.SourceKind;

/**
 * XML sitemaps, sitemap indexes, Google News sitemaps and plain-text sitemaps with crawler-commons.
 * The caller decompresses first (within the size limit), so crawler-commons never inflates
 * anything itself; its XML parser refuses DOCTYPEs. URLs on other hosts than the sitemap's are
 * kept (news sites often serve sitemaps from a separate host); each is still checked when fetched.
 */
final class Sitemaps {

    private Sitemaps() {
    }

    static Listing parse(byte[] body, boolean xml, URI base, int limit) throws ListingException {
        SiteMapParser parser = new SiteMapParser(false, false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap sitemap;
        try {
            sitemap = parser.parseSiteMap(xml ? "application/xml" : "text/plain", body, toUrl(base));
        } catch (UnknownFormatException | IOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ListingException("Not a readable sitemap: " + cause.getMessage(), e);
        }
        if (sitemap.isIndex()) {
            List<Listing.Child> children = new ArrayList<>();
            for (AbstractSiteMap child : ((SiteMapIndex) sitemap).getSitemaps()) {
                try {
                    children.add(new Listing.Child(child.getUrl().toURI(),
                            child.getLastModified() == null ? null : child.getLastModified().toInstant()));
                } catch (java.net.URISyntaxException e) {
                    // a sitemap URL java.net.URI cannot read is skipped like a bad item link
                }
            }
            // newest first, those without a date last
            children.sort(Comparator.comparing(Listing.Child::lastModified,
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder().reversed())));
            return new Listing(SourceKind.SITEMAP, "sitemap-index", List.of(),
                    List.copyOf(children.subList(0, Math.min(children.size(), limit))), children.size(), List.of());
        }
        Items items = new Items(base, limit);
        for (SiteMapURL entry : ((SiteMap) sitemap).getSiteMapUrls()) {
            NewsAttributes news = news(entry);
            Instant date = news != null && news.getPublicationDate() != null ? news.getPublicationDate().toInstant()
                    : entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
            items.add(entry.getUrl().toString(), null, news == null ? null : news.getTitle(), date, null, null, null,
                    news == null ? null : news.getLanguage());
        }
        return items.listing(SourceKind.SITEMAP, news(sitemap) ? "news-sitemap" : xml ? "sitemap" : "text-sitemap", List.of());
    }

    private static NewsAttributes news(SiteMapURL entry) {
        ExtensionMetadata[] attributes = entry.getAttributesForExtension(Extension.NEWS);
        return attributes != null && attributes.length > 0 && attributes[0] instanceof NewsAttributes news ? news : null;
    }

    private static boolean news(AbstractSiteMap sitemap) {
        return ((SiteMap) sitemap).getSiteMapUrls().stream().anyMatch(entry -> news(entry) != null);
    }

    private static URL toUrl(URI uri) throws ListingException {
        try {
            return uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ListingException("Not a usable sitemap URL: " + uri, e);
        }
    }
}
