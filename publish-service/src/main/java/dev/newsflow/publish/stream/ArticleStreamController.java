package dev.newsflow.publish.stream;

import dev.newsflow.publish.docs.ArticleFilterParameters;
import dev.newsflow.publish.filter.ArticleFilter;
import dev.newsflow.publish.filter.InvalidRequestException;
import dev.newsflow.publish.filter.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.newsflow.contracts.PublishedArticle;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "stream", description = "Newly stored article versions as Server-Sent Events")
class ArticleStreamController {

    static final String LAST_EVENT_ID = "lastEventId";
    static final String LAST_EVENT_ID_HEADER = "Last-Event-ID";
    private static final List<String> PARAMETERS = parameters();

    private final StreamHub hub;

    ArticleStreamController(StreamHub hub) {
        this.hub = hub;
    }

    @GetMapping(path = "/api/v1/articles/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ArticleFilterParameters
    @Operation(summary = "Follow newly stored articles, filtered, resumable",
            description = "One event per stored article version (a new version of an article is a new event):"
                    + " `event: article`, `id:` the event's position in the event log, `data:` the PublishedArticle"
                    + " JSON of that version (the value of the news.articles.published.v1 topic). Positions"
                    + " increase in commit order; reconnect with the last id as `Last-Event-ID` (or `lastEventId`)"
                    + " to receive exactly the events after it that match, none missed and none repeated."
                    + " Without either, the stream starts with the next stored article. Filters apply to the"
                    + " article as stored when the event is read. A comment line is sent when the stream opens"
                    + " and as a heartbeat when it is quiet (every 15 s by default). A client that falls more"
                    + " than 1,000 events behind after it had caught up, or whose connection accepts nothing"
                    + " until the server's write timeout, is disconnected and may resume. The event log keeps the"
                    + " newest 1,000,000 events of the last 7 days (newsflow.publish.stream.retention); resuming"
                    + " from an older position is refused with 410, and a client still catching up when its next"
                    + " events are pruned receives an `event: pruned` (the reason as data) and the stream ends.")
    @Parameter(name = LAST_EVENT_ID_HEADER, in = ParameterIn.HEADER,
            description = "Resume after this event id (what EventSource sends when it reconnects)",
            schema = @Schema(type = "integer", format = "int64", minimum = "0"))
    @Parameter(name = LAST_EVENT_ID, in = ParameterIn.QUERY,
            description = "Resume after this event id, for clients that cannot set the header",
            schema = @Schema(type = "integer", format = "int64", minimum = "0"))
    @ApiResponse(responseCode = "200", description = "text/event-stream of `article` events",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(implementation = PublishedArticle.class)))
    @ApiResponse(responseCode = "400", description = "Invalid parameter (application/problem+json)")
    @ApiResponse(responseCode = "410", description = "The events after Last-Event-ID are no longer kept (the event log"
            + " keeps newsflow.publish.stream.retention): application/problem+json; read the current state from"
            + " GET /api/v1/articles and follow the stream again without Last-Event-ID")
    @ApiResponse(responseCode = "503", description = "Too many open streams; Retry-After says when to try again")
    SseEmitter stream(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            @Parameter(hidden = true) @RequestHeader(name = LAST_EVENT_ID_HEADER, required = false) String lastEventId) {
        RequestParameters checked = new RequestParameters(params, PARAMETERS);
        ArticleFilter filter = ArticleFilter.parse(checked);
        Long fromHeader = position(lastEventId, LAST_EVENT_ID_HEADER);
        Long fromQuery = position(checked.text(LAST_EVENT_ID, 20), LAST_EVENT_ID);
        if (fromHeader != null && fromQuery != null && !fromHeader.equals(fromQuery)) {
            throw new InvalidRequestException("Last-Event-ID and lastEventId disagree; give one of them");
        }
        return hub.open(filter, fromHeader != null ? fromHeader : fromQuery);
    }

    private static Long position(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(value.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException(name + " must be the id of an event of this stream (a whole number"
                + " >= 0), got '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
    }

    private static List<String> parameters() {
        List<String> all = new ArrayList<>(ArticleFilter.PARAMETERS);
        all.add(LAST_EVENT_ID);
        return List.copyOf(all);
    }
}
