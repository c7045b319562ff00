package dev.newsflow.publish.filter;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EntityType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search, a facet count or a stream subscription wants, checked. Nothing a caller sends
 * reaches SQL other than as a bound value (see {@link FilterSql}).
 *
 * <ul>
 * <li>{@code q}: words, {@code "quoted phrases"}, {@code -excluded} words, {@code or}, and {@code prefix*}
 *     terms; matched against title (weight A), summary and keywords (B) and body (C), each indexed in the
 *     article's language; without {@code language}, each article is matched with the query read in its own
 *     language. Prefix terms match words that start with them, also where the language's stemmer stored a
 *     word shorter than the prefix ({@code negotiat*} finds "negotiations", stored as {@code negoti}).
 * <li>{@code entity}: an entity's canonical name, case-insensitive, exact; {@code entityType}
 *     ({@code PERSON|LOCATION|ORGANIZATION}) narrows it and needs {@code entity}.
 * <li>{@code language}: ISO 639-1 code; {@code source}, {@code category}: exact.
 * <li>{@code from} (inclusive) / {@code to} (exclusive): ISO-8601 instants ({@code 2024-05-01T10:00:00Z}, or
 *     with an offset) or dates ({@code 2024-05-01}; as {@code to} a date includes that whole day, UTC), on
 *     the time the article was published as its source says, else the time it was ingested.
 * <li>{@code duplicates}: {@code include} (default), {@code exclude} or {@code only} near-duplicates.
 * <li>{@code duplicateOf}: an article id: only the near-duplicates linked to that article (its copies).
 * </ul>
 */
public record ArticleFilter(
        SearchText text,
        String entity,
        EntityType entityType,
        String language,
        String source,
        Category category,
        Instant from,
        Instant to,
        Duplicates duplicates,
        String duplicateOf) {

    public static final String Q = "q";
    public static final String ENTITY = "entity";
    public static final String ENTITY_TYPE = "entityType";
    public static final String LANGUAGE = "language";
    public static final String SOURCE = "source";
    public static final String CATEGORY = "category";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String DUPLICATES = "duplicates";
    public static final String DUPLICATE_OF = "duplicateOf";
    public static final List<String> PARAMETERS =
            List.of(Q, ENTITY, ENTITY_TYPE, LANGUAGE, SOURCE, CATEGORY, FROM, TO, DUPLICATES, DUPLICATE_OF);

    static final int MAX_FILTER_LENGTH = 200;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");

    public ArticleFilter {
        duplicates = duplicates == null ? Duplicates.INCLUDE : duplicates;
    }

    public static ArticleFilter parse(RequestParameters params) {
        String q = params.text(Q, SearchText.MAX_LENGTH);
        String entity = params.text(ENTITY, MAX_FILTER_LENGTH);
        EntityType entityType = params.choice(ENTITY_TYPE, EntityType.class);
        if (entityType != null && entity == null) {
            throw new InvalidRequestException("entityType needs entity (the entity's canonical name)");
        }
        Instant from = instant(params.text(FROM, 64), FROM);
        Instant to = instant(params.text(TO, 64), TO);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("from must be before to, got from=" + from + " and to=" + to);
        }
        return new ArticleFilter(
                q == null ? null : SearchText.parse(q),
                entity,
                entityType,
                language(params.text(LANGUAGE, 35)),
                params.text(SOURCE, MAX_FILTER_LENGTH),
                params.choice(CATEGORY, Category.class),
                from,
                to,
                params.choice(DUPLICATES, Duplicates.class),
                params.text(DUPLICATE_OF, MAX_FILTER_LENGTH));
    }

    /** What a paging cursor is bound to: every filter, in one canonical form. */
    public String fingerprint() {
        // duplicateOf joins only when given, so the cursors of every other filter stay valid
        String base = String.join("\n", text == null ? "" : text.words() + "\u0001" + text.prefixList(),
                nullToEmpty(entity), entityType == null ? "" : entityType.name(), nullToEmpty(language),
                nullToEmpty(source), category == null ? "" : category.name(),
                from == null ? "" : from.toString(), to == null ? "" : to.toString(), duplicates.name());
        return duplicateOf == null ? base : base + "\n" + duplicateOf;
    }

    private static String language(String value) {
        if (value == null) {
            return null;
        }
        String tag = value.toLowerCase(Locale.ROOT);
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            throw new InvalidRequestException("language must be an ISO 639-1 code such as 'en' or 'de', got '"
                    + RequestParameters.abbreviate(value) + "'");
        }
        return tag;
    }

    private static Instant instant(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            // a date, perhaps
        }
        try {
            LocalDate day = LocalDate.parse(value);
            // as the upper bound, a date includes its whole day
            return (TO.equals(name) ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            throw new InvalidRequestException(name + " must be an ISO-8601 instant such as 2024-05-01T10:00:00Z"
                    + " (encode '+' of an offset as %2B) or a date such as 2024-05-01, got '"
                    + RequestParameters.abbreviate(value) + "'");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
