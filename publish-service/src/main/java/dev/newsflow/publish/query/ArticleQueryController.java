package dev.newsflow.publish.query;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.publish.PublishProperties;
import dev.newsflow.publish.docs.ArticleFilterParameters;
import dev.newsflow.publish.filter.ArticleFilter;
import dev.newsflow.publish.filter.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "articles", description = "Stored articles: by id, searched and filtered, counted")
@ApiResponse(responseCode = "400", description = "Invalid parameter (application/problem+json saying which and why)")
@ApiResponse(responseCode = "503", description = "The read store is unavailable; Retry-After says when to try again")
class ArticleQueryController {

    static final String SIZE = "size";
    private static final List<String> FACET_PARAMETERS = ListRequest.parameters(SIZE);

    private final ArticleReader reader;
    private final FacetReader facets;
    private final CursorCodec cursors;
    private final PublishProperties.Paging paging;

    ArticleQueryController(ArticleReader reader, FacetReader facets, CursorCodec cursors, PublishProperties properties) {
        this.reader = reader;
        this.facets = facets;
        this.cursors = cursors;
        this.paging = properties.paging();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article as stored: the newest EnrichedArticle version of this id")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "404", description = "No article with this id")
    EnrichedArticle article(@Parameter(description = "The article id (as ingest-service answered it)") @PathVariable String id) {
        return reader.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    @GetMapping
    @ArticleFilterParameters
    @Operation(summary = "Search and filter articles",
            description = "With `q`: the newest 1,000 (newsflow.publish.paging.rank-window) articles matching in"
                    + " title, summary or keywords, most relevant first; then every other match; ties newest first."
                    + " Without `q`: newest stored first."
                    + " Pages by keyset: pass `nextCursor` back as `cursor` with the same filters; a listing holds"
                    + " the articles stored when its first page was read, so articles arriving meanwhile neither"
                    + " shift pages nor cause skips or repeats. Unknown parameters are rejected.")
    @Parameter(name = ListRequest.LIMIT, in = ParameterIn.QUERY, description = "Page size, 1 to 100",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(name = ListRequest.CURSOR, in = ParameterIn.QUERY,
            description = "The nextCursor of the previous page, unchanged; only valid with the same filters")
    @ApiResponse(responseCode = "200", description = "One page: {items: EnrichedArticle[], nextCursor: string|null}")
    ArticlePage articles(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        return reader.list(ListRequest.parse(params, paging.defaultLimit(), paging.maxLimit(), cursors));
    }

    @GetMapping("/facets")
    @ArticleFilterParameters
    @Operation(summary = "Counts of the matching articles by category, language and source",
            description = "Takes the filters of the search; each list is largest first, at most `size` long."
                    + " Without `q` every matching article is counted. With `q`, every match is counted when there"
                    + " are at most 1,000 (newsflow.publish.paging.facet-exact-limit); otherwise only the matches"
                    + " among the newest 10,000 stored articles (facet-window) are, and the answer says so:"
                    + " `exact` is false and `window` is that number of articles.")
    @Parameter(name = SIZE, in = ParameterIn.QUERY, description = "Entries per facet, 1 to 100",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "10"))
    @ApiResponse(responseCode = "200", description = "{total, exact, window, categories[], languages[], sources[]}, each"
            + " entry {value, count}; total: the articles counted; exact: whether every match was counted; window:"
            + " when not exact, how many of the newest stored articles were searched (else null)")
    Facets facets(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        RequestParameters checked = new RequestParameters(params, FACET_PARAMETERS);
        int size = checked.integer(SIZE, 10, 1, 100);
        return facets.count(ArticleFilter.parse(checked), size);
    }
}
