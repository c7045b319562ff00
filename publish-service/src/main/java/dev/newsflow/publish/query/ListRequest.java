package dev.newsflow.publish.query;

import dev.newsflow.publish.filter.ArticleFilter;
import dev.newsflow.publish.filter.RequestParameters;
import dev.newsflow.publish.filter.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * A parsed and checked list request.
 *
 * @param after where the page starts, or null for the first page
 */
record ListRequest(int limit, Cursor after, ArticleFilter filter) {

    static final String LIMIT = "limit";
    static final String CURSOR = "cursor";
    static final List<String> PARAMETERS = parameters(LIMIT, CURSOR);

    static ListRequest parse(MultiValueMap<String, String> values, int defaultLimit, int maxLimit, CursorCodec cursors) {
        RequestParameters params = new RequestParameters(values, PARAMETERS);
        int limit = params.integer(LIMIT, defaultLimit, 1, maxLimit);
        ArticleFilter filter = ArticleFilter.parse(params);
        String cursor = values.getFirst(CURSOR);
        if (cursor == null) {
            return new ListRequest(limit, null, filter);
        }
        if (cursor.isBlank()) {
            throw new InvalidRequestException("cursor must not be empty; omit it for the first page");
        }
        return new ListRequest(limit, cursors.decode(cursor, filter.fingerprint()), filter);
    }

    /** The filter parameters and the given ones of this endpoint, in the order the API documents them. */
    static List<String> parameters(String... own) {
        List<String> all = new ArrayList<>(ArticleFilter.PARAMETERS);
        all.addAll(List.of(own));
        return List.copyOf(all);
    }
}
