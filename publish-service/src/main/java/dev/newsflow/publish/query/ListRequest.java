package dev.newsflow.publish.query;

import dev.newsflow.contracts.Category;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * A parsed and checked list request. Every parameter is known, single-valued and in range, so
 * nothing a caller sends reaches SQL other than as a bound value.
 *
 * @param before the seq to page below (exclusive), or null for the first page
 */
record ListRequest(int limit, Long before, String language, String source, Category category) {

    static final String LIMIT = "limit";
    static final String CURSOR = "cursor";
    static final String LANGUAGE = "language";
    static final String SOURCE = "source";
    static final String CATEGORY = "category";

    private static final List<String> SUPPORTED = List.of(LIMIT, CURSOR, LANGUAGE, SOURCE, CATEGORY);
    /** Parameters of the documented search API that this version does not implement yet. */
    private static final Set<String> NOT_YET_SUPPORTED = Set.of("q", "entity", "from", "to", "duplicates");
    private static final int MAX_FILTER_LENGTH = 200;

    static ListRequest parse(MultiValueMap<String, String> params, int defaultLimit, int maxLimit, CursorCodec cursors) {
        for (String name : params.keySet()) {
            if (NOT_YET_SUPPORTED.contains(name)) {
                throw new InvalidQueryException("parameter '" + name + "' is not supported yet; supported: " + SUPPORTED);
            }
            if (!SUPPORTED.contains(name)) {
                throw new InvalidQueryException("unknown parameter '" + name + "'; supported: " + SUPPORTED);
            }
            if (params.get(name).size() > 1) {
                throw new InvalidQueryException("parameter '" + name + "' must be given at most once");
            }
        }
        int limit = parseLimit(params.getFirst(LIMIT), defaultLimit, maxLimit);
        String language = filter(params, LANGUAGE);
        String source = filter(params, SOURCE);
        Category category = parseCategory(filter(params, CATEGORY));
        ListRequest withoutCursor = new ListRequest(limit, null, language, source, category);
        String cursor = params.getFirst(CURSOR);
        if (cursor == null) {
            return withoutCursor;
        }
        if (cursor.isBlank()) {
            throw new InvalidQueryException("cursor must not be empty; omit it for the first page");
        }
        long before = cursors.decode(cursor, withoutCursor.fingerprint());
        return new ListRequest(limit, before, language, source, category);
    }

    /** What a cursor is bound to: the filters, not the limit (a client may change page size). */
    String fingerprint() {
        return "language=" + nullToEmpty(language) + "\nsource=" + nullToEmpty(source)
                + "\ncategory=" + (category == null ? "" : category.name());
    }

    private static int parseLimit(String value, int defaultLimit, int maxLimit) {
        if (value == null) {
            return defaultLimit;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("limit must be a whole number from 1 to " + maxLimit + ", got '" + abbreviate(value) + "'");
        }
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidQueryException("limit must be from 1 to " + maxLimit + ", got " + limit);
        }
        return limit;
    }

    private static String filter(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new InvalidQueryException(name + " must not be empty; omit it to match all");
        }
        if (value.length() > MAX_FILTER_LENGTH) {
            throw new InvalidQueryException(name + " must be at most " + MAX_FILTER_LENGTH + " characters");
        }
        return value.strip();
    }

    private static Category parseCategory(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Category.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("category must be one of "
                    + Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", got '" + abbreviate(value) + "'");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
