package dev.newsflow.publish.query;

import dev.newsflow.contracts.EntityType;
import dev.newsflow.publish.filter.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "entities", description = "People, places and organisations the stored articles mention")
class EntityController {

    static final String TYPE = "type";
    static final String Q = "q";
    static final String LIMIT = "limit";
    private static final List<String> PARAMETERS = List.of(TYPE, Q, LIMIT);

    private final EntityReader reader;

    EntityController(EntityReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/v1/entities")
    @Operation(summary = "Entities with the number of articles mentioning them, most mentioned first",
            description = "Use an entity's name as the `entity` filter of search, facets and stream.")
    @Parameter(name = TYPE, in = ParameterIn.QUERY, description = "Only entities of this type",
            schema = @Schema(allowableValues = {"PERSON", "LOCATION", "ORGANIZATION"}))
    @Parameter(name = Q, in = ParameterIn.QUERY, description = "Name prefix, case-insensitive", example = "vlad")
    @Parameter(name = LIMIT, in = ParameterIn.QUERY, description = "At most this many entities, 1 to 100",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
    @ApiResponse(responseCode = "200", description = "{items: [{name, type, articles}]}")
    @ApiResponse(responseCode = "400", description = "Invalid parameter (application/problem+json)")
    Map<String, List<EntityCount>> entities(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        RequestParameters checked = new RequestParameters(params, PARAMETERS);
        EntityType type = checked.choice(TYPE, EntityType.class);
        String prefix = checked.text(Q, 200);
        int limit = checked.integer(LIMIT, 20, 1, 100);
        return Map.of("items", reader.list(type, prefix, limit));
    }
}
