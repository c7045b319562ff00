package dev.newsflow.ingest.sources.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON values of the sources and state topics. Unknown fields are ignored, so newer writers can add some. */
final class SourceRecords {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private SourceRecords() {
    }

    static byte[] encode(SourceDefinition definition) {
        return MAPPER.writeValueAsBytes(definition);
    }

    static byte[] encode(SourceState state) {
        return MAPPER.writeValueAsBytes(state);
    }

    /** The definition, or null when the value is not one (it is skipped, never fatal for the reader). */
    static SourceDefinition definition(byte[] value) {
        try {
            SourceDefinition definition = MAPPER.readValue(value, SourceDefinition.class);
            return definition.id() == null || definition.url() == null || definition.pollInterval() == null ? null : definition;
        } catch (JacksonException e) {
            return null;
        }
    }

    static SourceState state(byte[] value) {
        try {
            SourceState state = MAPPER.readValue(value, SourceState.class);
            return state.id() == null ? null : state;
        } catch (JacksonException e) {
            return null;
        }
    }
}
