package dev.newsflow.ingest.sources.feeds;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.newsflow.ingest.sources.SourceKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read with Jackson. */
final class JsonFeeds {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFeeds() {
    }

    static boolean looksLikeJsonFeed(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.UTF_8);
        return head.contains("jsonfeed.org/version");
    }

    static Listing parse(byte[] body, URI base, int limit) throws ListingException {
        JsonNode feed;
        try {
            feed = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new ListingException("Not a readable JSON Feed: " + e.getOriginalMessage(), e);
        }
        if (feed == null || !feed.isObject() || !feed.path("version").asString("").contains("jsonfeed.org/version/")) {
            throw new ListingException("Not a JSON Feed: a JSON object with \"version\": \"https://jsonfeed.org/version/1.1\" was expected");
        }
        if (!feed.path("items").isArray()) {
            throw new ListingException("Not a JSON Feed: \"items\" must be an array");
        }
        String language = text(feed, "language");
        Items items = new Items(base, limit);
        for (JsonNode item : feed.path("items")) {
            if (!item.isObject()) {
                continue;
            }
            String content = text(item, "content_html");
            if (content == null) {
                content = text(item, "content_text");
            }
            String link = text(item, "url") != null ? text(item, "url") : text(item, "external_url");
            items.add(link, text(item, "id"), text(item, "title"), date(text(item, "date_published"), text(item, "date_modified")),
                    author(item, feed), text(item, "summary"), content,
                    text(item, "language") != null ? text(item, "language") : language);
        }
        return items.listing(SourceKind.FEED, "json-" + feed.path("version").asString("").replaceAll(".*/version/", ""), List.of());
    }

    private static String author(JsonNode item, JsonNode feed) {
        for (JsonNode node : List.of(item.path("authors"), feed.path("authors"))) {
            for (JsonNode author : node) {
                if (text(author, "name") != null) {
                    return text(author, "name");
                }
            }
        }
        // version 1.0 had a single "author"
        return text(item.path("author"), "name");
    }

    private static Instant date(String published, String modified) {
        for (String text : new String[] {published, modified}) {
            if (text != null) {
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e) {
                    // an unreadable date counts as none
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString() || value.isNumber()) {
            String text = value.asString().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }
}
