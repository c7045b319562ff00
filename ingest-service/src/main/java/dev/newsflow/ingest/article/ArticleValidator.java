package dev.newsflow.ingest.article;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.RawArticle;

/**
 * Checks an article against the RawArticle contract (see raw-article.schema.json) and returns it
 * in the form that goes on the topic: trimmed title and attributes, lower-case content type, and
 * the stable id filled in.
 */
public final class ArticleValidator {

    static final int MAX_TITLE_CHARS = 1000;
    static final int MAX_URL_CHARS = 2048;
    static final int MAX_SHORT_TEXT_CHARS = 256;
    static final int MAX_METADATA_ENTRIES = 64;
    static final int MAX_METADATA_KEY_CHARS = 128;
    static final int MAX_METADATA_VALUE_CHARS = 4096;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private ArticleValidator() {
    }

    /** The article ready to be written, with its id; throws when anything is wrong, naming all of it. */
    public static RawArticle validate(RawArticle article) {
        List<Violation> violations = new ArrayList<>();

        String id = article.id();
        if (id != null && !ArticleIds.isValid(id)) {
            violations.add(new Violation("id", id.isEmpty()
                    ? "must not be empty; leave it out and the server derives a stable one"
                    : "must be 1-128 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit"));
        }

        String title = strip(article.title());
        if (title == null) {
            violations.add(new Violation("title", "is required"));
        } else if (title.isEmpty()) {
            violations.add(new Violation("title", "must not be empty or only whitespace"));
        } else if (title.length() > MAX_TITLE_CHARS) {
            violations.add(new Violation("title", "is " + title.length() + " characters long; at most "
                    + MAX_TITLE_CHARS + " are allowed"));
        }

        String body = article.body();
        if (body == null) {
            violations.add(new Violation("body", "is required"));
        } else if (body.isBlank()) {
            violations.add(new Violation("body", "must not be empty or only whitespace"));
        }

        String url = strip(article.url());
        if (url != null && !url.isEmpty()) {
            if (url.length() > MAX_URL_CHARS) {
                violations.add(new Violation("url", "is longer than " + MAX_URL_CHARS + " characters"));
            } else if (ArticleIds.canonicalUrl(url) == null) {
                violations.add(new Violation("url", "must be an absolute http or https URL, e.g. https://example.com/news/1"));
            }
        }

        String source = shortText("source", article.source(), violations);
        String author = shortText("author", article.author(), violations);

        String contentType = strip(article.contentType());
        if (contentType != null && !contentType.isEmpty()) {
            contentType = contentType.toLowerCase(Locale.ROOT);
            if (!RawArticle.TEXT_PLAIN.equals(contentType) && !RawArticle.TEXT_HTML.equals(contentType)) {
                violations.add(new Violation("contentType", "must be \"text/plain\" or \"text/html\", was \""
                        + abbreviate(article.contentType()) + "\""));
            }
        }

        String language = strip(article.language());
        if (language != null && !language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            violations.add(new Violation("language", "must be an ISO 639-1 code of two lower-case letters, e.g. \"en\", was \""
                    + abbreviate(language) + "\""));
        }

        String publishedAt = strip(article.publishedAt());
        if (publishedAt != null && !publishedAt.isEmpty()) {
            try {
                OffsetDateTime.parse(publishedAt);
            } catch (DateTimeParseException e) {
                violations.add(new Violation("publishedAt", "must be an ISO-8601 date-time with offset, e.g. "
                        + "\"2024-05-01T09:30:00Z\" or \"2024-05-01T11:30:00+02:00\", was \"" + abbreviate(publishedAt) + "\""));
            }
        }

        Map<String, String> metadata = metadata(article.metadata(), violations);

        if (!violations.isEmpty()) {
            throw new InvalidArticleException(violations);
        }
        RawArticle clean = new RawArticle(id, emptyToNull(url), emptyToNull(source), title, body, emptyToNull(contentType),
                emptyToNull(language), emptyToNull(publishedAt), emptyToNull(author), metadata);
        return clean.withId(ArticleIds.idOf(clean));
    }

    private static Map<String, String> metadata(Map<String, String> metadata, List<Violation> violations) {
        if (metadata.size() > MAX_METADATA_ENTRIES) {
            violations.add(new Violation("metadata", "has " + metadata.size() + " entries; at most "
                    + MAX_METADATA_ENTRIES + " are allowed"));
            return metadata;
        }
        Map<String, String> clean = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key.isBlank() || key.length() > MAX_METADATA_KEY_CHARS) {
                violations.add(new Violation("metadata", "keys must be 1-" + MAX_METADATA_KEY_CHARS
                        + " characters and not blank, found \"" + abbreviate(key) + "\""));
            } else if (value.length() > MAX_METADATA_VALUE_CHARS) {
                violations.add(new Violation("metadata." + key, "is longer than " + MAX_METADATA_VALUE_CHARS + " characters"));
            } else {
                clean.put(key, value);
            }
        });
        return clean;
    }

    private static String shortText(String field, String value, List<Violation> violations) {
        String stripped = strip(value);
        if (stripped != null && stripped.length() > MAX_SHORT_TEXT_CHARS) {
            violations.add(new Violation(field, "is longer than " + MAX_SHORT_TEXT_CHARS + " characters"));
        }
        return stripped;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
