package dev.newsflow.ingest.sources.feeds;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.ingest.sources.fetch.WebUrls;

/**
 * Collects the items of one listing: resolves links against the listing's URL, drops links that
 * are not http(s) and repeated items (same URL or GUID), and at the end orders them newest first
 * (when every item has a date) and cuts them to the limit.
 */
final class Items {

    private static final int MAX_PROBLEMS = 5;

    private final URI base;
    private final int limit;
    private final List<ListingItem> items = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private int listed;
    private int duplicates;
    private int badLinks;

    Items(URI base, int limit) {
        this.base = base;
        this.limit = limit;
    }

    void add(String link, String guid, String title, Instant publishedAt, String author, String summary,
            String content, String language) {
        listed++;
        URI url = null;
        if (link != null && !link.isBlank()) {
            Optional<URI> resolved = WebUrls.resolve(base, link);
            if (resolved.isEmpty()) {
                badLinks++;
                if (badLinks == 1) {
                    note("an item links to '" + abbreviate(link) + "', which is not an http(s) URL; such items are skipped");
                }
                return;
            }
            url = resolved.get();
        } else if (guid != null && (guid.startsWith("http://") || guid.startsWith("https://"))) {
            url = WebUrls.resolve(base, guid).orElse(null);
        }
        String key = keyOf(url, guid, title, content);
        if (key == null) {
            note("an item has no link, GUID, title or content; skipped");
            return;
        }
        if (!keys.add(key)) {
            duplicates++;
            return;
        }
        items.add(new ListingItem(key, url, blankToNull(guid), clean(title), publishedAt, clean(author),
                blankToNull(summary), blankToNull(content), blankToNull(language)));
    }

    Listing listing(dev.newsflow.ingest.sources.SourceKind kind, String format, List<Listing.Child> children) {
        List<ListingItem> ordered = new ArrayList<>(items);
        if (!ordered.isEmpty() && ordered.stream().allMatch(item -> item.publishedAt() != null)) {
            // stable: items of the same instant keep the listing's order
            ordered.sort(Comparator.comparing(ListingItem::publishedAt).reversed());
        }
        if (duplicates > 0) {
            note(duplicates + " repeated item(s) (same URL or GUID) counted once");
        }
        if (badLinks > 1) {
            note(badLinks + " item(s) with links that are not http(s) skipped");
        }
        if (ordered.size() > limit) {
            note("the listing has " + ordered.size() + " items; only the newest " + limit + " are considered");
            ordered = ordered.subList(0, limit);
        }
        return new Listing(kind, format, List.copyOf(ordered), children, listed, List.copyOf(problems));
    }

    private void note(String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** The canonical URL when there is one, else the GUID, else a hash of title and content. */
    static String keyOf(URI url, String guid, String title, String content) {
        String canonical = url == null ? null : ArticleIds.canonicalUrl(url.toString());
        if (canonical != null) {
            return canonical;
        }
        if (guid != null && !guid.isBlank()) {
            return "guid:" + guid.strip();
        }
        if ((title == null || title.isBlank()) && (content == null || content.isBlank())) {
            return null;
        }
        return "content:" + ArticleIds.hash(ArticleIds.normalizeText(title) + "\n" + ArticleIds.normalizeText(content));
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? null : flat;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviate(String text) {
        String flat = text.strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
