package dev.newsflow.ingest.sources.polling;

import java.net.URI;
import java.time.Duration;

import dev.newsflow.ingest.intake.ArticleIntake;
import dev.newsflow.ingest.intake.IngestResult;
import dev.newsflow.ingest.sources.feeds.Listings;
import dev.newsflow.ingest.sources.fetch.Charsets;
import dev.newsflow.ingest.sources.fetch.FetchException;
import dev.newsflow.ingest.sources.fetch.Fetcher;
import dev.newsflow.ingest.sources.fetch.WebUrls;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/v1/articles/fetch}: one page fetched now, under the same rules as polling
 * (robots.txt, the host's rate, every limit), and ingested like a posted {@code text/html} article.
 */
@Service
public class FetchNow {

    /** The page answered, but not with something that can become an article. */
    public static class UnusablePageException extends RuntimeException {

        private final int upstreamStatus;

        UnusablePageException(String message, int upstreamStatus) {
            super(message);
            this.upstreamStatus = upstreamStatus;
        }

        /** The page's HTTP status, 0 when it answered 2xx with something other than HTML. */
        public int upstreamStatus() {
            return upstreamStatus;
        }
    }

    private static final Duration MAX_WAIT_FOR_HOST = Duration.ofSeconds(10);

    private final PoliteFetch fetch;
    private final ArticleIntake intake;

    FetchNow(PoliteFetch fetch, ArticleIntake intake) {
        this.fetch = fetch;
        this.intake = intake;
    }

    public IngestResult fetch(String url, String source) throws FetchException {
        URI uri = WebUrls.parse(url);
        Fetcher.Response response = fetch.fetchNow(Fetcher.Request.of(uri, SourcePoll.ACCEPT_PAGE), MAX_WAIT_FOR_HOST);
        if (!response.isOk()) {
            throw new UnusablePageException("The page answered HTTP " + response.status(), response.status());
        }
        if (Listings.shapeOf(response.body(), response.contentType()) != Listings.Shape.HTML) {
            throw new UnusablePageException("The page is not HTML (Content-Type " + response.contentType()
                    + "); only HTML pages are fetched as articles", 0);
        }
        String html = Charsets.decodeHtml(response.body(), response.contentType());
        String name = source == null || source.isBlank() ? response.uri().getHost() : source.strip();
        return intake.ingest(PageArticles.fromPage(html, response.uri(), null, name, null));
    }
}
