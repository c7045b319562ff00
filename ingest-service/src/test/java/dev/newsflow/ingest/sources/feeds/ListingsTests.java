package dev.newsflow.ingest.sources.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import dev.newsflow.ingest.sources.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingsTests {

    private static final URI FEED_URL = URI.create("https://news.example/world/feed.xml");
    private final Listings listings = new Listings(1024 * 1024, 50);

    private Listing read(String body, String contentType) throws ListingException {
        return listings.read(body.getBytes(StandardCharsets.UTF_8), contentType, FEED_URL, null);
    }

    @Test
    void rss2ItemsWithTitleDateAuthorSummaryAndContentNewestFirst() throws ListingException {
        Listing listing = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>World</title><link>https://news.example/</link><language>en-gb</language>
                    <item><title>Older story</title><link>https://news.example/a/1</link>
                      <pubDate>Wed, 01 May 2024 09:30:00 GMT</pubDate><dc:creator>Ann Reporter</dc:creator>
                      <description>&lt;p&gt;Short summary&lt;/p&gt;</description>
                      <content:encoded><![CDATA[<p>The whole text.</p>]]></content:encoded></item>
                    <item><title>Newer story</title><link>https://news.example/a/2?utm_source=rss</link>
                      <pubDate>Thu, 02 May 2024 09:30:00 GMT</pubDate></item>
                  </channel>
                </rss>
                """, "application/rss+xml");

        assertThat(listing.kind()).isEqualTo(SourceKind.FEED);
        assertThat(listing.format()).isEqualTo("rss_2.0");
        assertThat(listing.items()).extracting(ListingItem::title).containsExactly("Newer story", "Older story");
        ListingItem older = listing.items().get(1);
        assertThat(older.url()).isEqualTo(URI.create("https://news.example/a/1"));
        assertThat(older.publishedAt()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(older.author()).isEqualTo("Ann Reporter");
        assertThat(older.summary()).isEqualTo("<p>Short summary</p>");
        assertThat(older.content()).isEqualTo("<p>The whole text.</p>");
        assertThat(older.language()).isEqualTo("en-gb");
        assertThat(listing.items().get(0).key()).as("the canonical URL, tracking parameters dropped")
                .isEqualTo("//news.example/a/2");
    }

    @Test
    void rss1RdfAndAtomToo() throws ListingException {
        Listing rdf = read("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="https://news.example/"><title>W</title><link>https://news.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://news.example/r/1"><title>RDF story</title><link>https://news.example/r/1</link></item>
                </rdf:RDF>
                """, "application/rdf+xml");
        Listing atom = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><id>urn:x</id><updated>2024-05-02T10:00:00Z</updated>
                  <entry><title>Atom story</title><id>urn:uuid:1</id><link rel="alternate" href="https://news.example/t/1"/>
                    <updated>2024-05-02T10:00:00Z</updated><author><name>Bo Writer</name></author>
                    <summary>Gist</summary><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
                </feed>
                """, "application/atom+xml");

        assertThat(rdf.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("RDF story");
            assertThat(item.url()).isEqualTo(URI.create("https://news.example/r/1"));
        });
        assertThat(atom.format()).isEqualTo("atom_1.0");
        assertThat(atom.items()).singleElement().satisfies(item -> {
            assertThat(item.url()).isEqualTo(URI.create("https://news.example/t/1"));
            assertThat(item.author()).isEqualTo("Bo Writer");
            assertThat(item.guid()).isEqualTo("urn:uuid:1");
            assertThat(item.content()).isEqualTo("<p>Body</p>");
        });
    }

    @Test
    void jsonFeed11() throws ListingException {
        Listing listing = read("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "W", "language": "de",
                 "items": [
                   {"id": "1", "url": "https://news.example/j/1", "title": "JSON story", "content_html": "<p>Text</p>",
                    "summary": "Gist", "date_published": "2024-05-01T11:30:00+02:00", "authors": [{"name": "Cy"}]},
                   {"id": "2", "external_url": "/j/2", "content_text": "Only text"},
                   "not an item"
                 ]}
                """, "application/feed+json");

        assertThat(listing.format()).isEqualTo("json-1.1");
        assertThat(listing.items()).hasSize(2);
        ListingItem first = listing.items().get(0);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(first.author()).isEqualTo("Cy");
        assertThat(first.language()).isEqualTo("de");
        assertThat(listing.items().get(1).url()).isEqualTo(URI.create("https://news.example/j/2"));
        assertThat(listing.items().get(1).content()).isEqualTo("Only text");
    }

    @Test
    void sitemapsIndexesNewsSitemapsTextSitemapsAndGzip() throws ListingException, IOException {
        String urlset = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example/s/1</loc>
                    <news:news><news:publication><news:name>W</news:name><news:language>fr</news:language></news:publication>
                      <news:publication_date>2024-05-01T09:30:00Z</news:publication_date><news:title>Sitemap story</news:title>
                    </news:news></url>
                  <url><loc>https://news.example/s/2</loc><lastmod>2024-05-03</lastmod></url>
                </urlset>
                """;
        Listing news = read(urlset, "application/xml");
        Listing gzipped = listings.read(gzip(urlset.getBytes(StandardCharsets.UTF_8)), "application/octet-stream",
                URI.create("https://news.example/sitemap.xml.gz"), SourceKind.SITEMAP);
        Listing index = read("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/sitemap-old.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
                  <sitemap><loc>https://news.example/sitemap-new.xml</loc><lastmod>2024-05-01</lastmod></sitemap>
                </sitemapindex>
                """, "text/xml");
        Listing text = read("https://news.example/t/1\nhttps://news.example/t/2\n", "text/plain");

        assertThat(news.format()).isEqualTo("news-sitemap");
        assertThat(news.items()).extracting(item -> item.url().getPath()).containsExactly("/s/2", "/s/1");
        assertThat(news.items().get(1).title()).isEqualTo("Sitemap story");
        assertThat(news.items().get(1).language()).isEqualTo("fr");
        assertThat(gzipped.items()).hasSize(2);
        assertThat(index.items()).isEmpty();
        assertThat(index.sitemaps()).extracting(child -> child.url().getPath())
                .containsExactly("/sitemap-new.xml", "/sitemap-old.xml");
        assertThat(text.kind()).isEqualTo(SourceKind.SITEMAP);
        assertThat(text.items()).hasSize(2);
    }

    @Test
    void relativeAndProtocolRelativeLinksAreResolvedAndOtherSchemesSkipped() throws ListingException {
        Listing listing = read("""
                <rss version="2.0"><channel><title>W</title><link>/</link>
                  <item><title>Relative</title><link>/a/rel</link></item>
                  <item><title>Sibling</title><link>sibling.html</link></item>
                  <item><title>Protocol relative</title><link>//cdn.news.example/a/pr</link></item>
                  <item><title>Script</title><link>javascript:alert(1)</link></item>
                  <item><title>File</title><link>file:///etc/passwd</link></item>
                  <item><title>FTP</title><link>ftp://news.example/a</link></item>
                </channel></rss>
                """, "application/rss+xml");

        assertThat(listing.items()).extracting(item -> item.url().toString()).containsExactly(
                "https://news.example/a/rel", "https://news.example/world/sibling.html", "https://cdn.news.example/a/pr");
        assertThat(listing.listed()).isEqualTo(6);
        assertThat(listing.problems()).anyMatch(p -> p.contains("not an http(s) URL"));
    }

    @Test
    void duplicateGuidsAndLinksCountOnceAndItemsWithoutLinksKeepTheirContent() throws ListingException {
        Listing listing = read("""
                <rss version="2.0"><channel><title>W</title><link>https://news.example/</link>
                  <item><guid isPermaLink="false">g-1</guid><title>First</title><description>One</description></item>
                  <item><guid isPermaLink="false">g-1</guid><title>First again</title><description>One</description></item>
                  <item><title>Linked</title><link>https://news.example/a/9</link></item>
                  <item><title>Linked again</title><link>https://www.news.example/a/9#comments</link></item>
                  <item><title>No link no guid</title><description>Wire copy only</description></item>
                </channel></rss>
                """, "application/rss+xml");

        assertThat(listing.items()).extracting(ListingItem::title).containsExactly("First", "Linked", "No link no guid");
        assertThat(listing.items().get(0).key()).isEqualTo("guid:g-1");
        assertThat(listing.items().get(0).url()).isNull();
        assertThat(listing.items().get(2).key()).startsWith("content:");
        assertThat(listing.problems()).anyMatch(p -> p.contains("2 repeated item(s)"));
    }

    @Test
    void aFeedThatIsReallyAnHtmlPageSaysSoAndNamesTheRealFeed() {
        String html = """
                <!DOCTYPE html><html><head><title>World news</title>
                <link rel="alternate" type="application/rss+xml" href="/world/rss.xml"></head><body>News</body></html>
                """;

        assertThatThrownBy(() -> listings.read(html.getBytes(StandardCharsets.UTF_8), "text/html", FEED_URL, SourceKind.FEED))
                .isInstanceOf(ListingException.class)
                .hasMessageContaining("an HTML page")
                .hasMessageContaining("https://news.example/world/rss.xml");
    }

    @Test
    void malformedXmlIsAnErrorNotACrash() {
        assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel><title>W</title><item><title>Cut off", "application/rss+xml"))
                .isInstanceOf(ListingException.class).hasMessageContaining("Not a readable feed");
        assertThatThrownBy(() -> read("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://n",
                "application/xml")).isInstanceOf(ListingException.class).hasMessageContaining("Not a readable sitemap");
        assertThatThrownBy(() -> read("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [", "application/json"))
                .isInstanceOf(ListingException.class).hasMessageContaining("Not a readable JSON Feed");
        assertThatThrownBy(() -> read("%PDF-1.7 binary", "application/pdf")).isInstanceOf(ListingException.class)
                .hasMessageContaining("starts with '%PDF-1.7");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxeFeed = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>&xxe;</title><link>https://news.example/</link>
                  <item><title>&xxe;</title><link>https://news.example/a/1</link></item></channel></rss>
                """.formatted(secret.toUri());
        String xxeSitemap = """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "%s">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/&xxe;</loc></url></urlset>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> read(xxeFeed, "application/rss+xml")).isInstanceOf(ListingException.class)
                .hasMessageNotContaining("TOP-SECRET");
        assertThatThrownBy(() -> read(xxeSitemap, "application/xml")).isInstanceOf(ListingException.class)
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionBombsAreRefusedBeforeExpanding() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                entities.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            entities.append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + entities + "]>"
                + "<rss version=\"2.0\"><channel><title>&lol9;</title><link>https://news.example/</link></channel></rss>";
        String sitemapBomb = "<?xml version=\"1.0\"?><!DOCTYPE urlset [" + entities + "]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://n.example/&lol9;</loc></url></urlset>";

        assertThatThrownBy(() -> read(bomb, "application/rss+xml")).isInstanceOf(ListingException.class)
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> read(sitemapBomb, "application/xml")).isInstanceOf(ListingException.class);
    }

    @Test
    void aCompressedBombStopsAtTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[16 * 1024 * 1024]);

        assertThatThrownBy(() -> listings.read(bomb, "application/gzip", URI.create("https://news.example/s.xml.gz"),
                SourceKind.SITEMAP)).isInstanceOf(ListingException.class).hasMessageContaining("compression bomb");
    }

    @Test
    void aHugeListingIsCutToTheNewestItemsAndSaysSo() throws ListingException {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>W</title><link>https://news.example/</link>");
        for (int i = 0; i < 100_000; i++) {
            feed.append("<item><link>https://news.example/a/").append(i).append("</link></item>");
        }
        feed.append("</channel></rss>");

        Listing listing = new Listings(8 * 1024 * 1024, 2000).read(feed.toString().getBytes(StandardCharsets.UTF_8),
                "application/rss+xml", FEED_URL, SourceKind.FEED);

        assertThat(listing.listed()).isEqualTo(100_000);
        assertThat(listing.items()).hasSize(2000);
        assertThat(listing.items().get(0).url().getPath()).isEqualTo("/a/0");
        assertThat(listing.problems()).anyMatch(p -> p.contains("100000 items; only the newest 2000"));
    }

    @Test
    void detectsTheKindFromTheBytes() throws ListingException {
        assertThat(listings.detect("<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8), "text/html")).isEqualTo(SourceKind.FEED);
        assertThat(listings.detect("\uFEFF<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>"
                .getBytes(StandardCharsets.UTF_8), null)).isEqualTo(SourceKind.FEED);
        assertThat(listings.detect("<urlset/>".getBytes(StandardCharsets.UTF_8), "application/xml")).isEqualTo(SourceKind.SITEMAP);
        assertThat(listings.detect("<!doctype html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(SourceKind.PAGE);
        assertThat(listings.detect("{\"version\":\"https://jsonfeed.org/version/1\"}".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(SourceKind.FEED);
        assertThat(listings.detect("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), "application/zip")).isNull();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
