package dev.newsflow.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The event schemas from the classpath, as a consumer would use them; formats such as date-time are asserted. */
final class EventSchemas {

    static final String RAW = "schemas/raw-article.schema.json";
    static final String ENRICHED = "schemas/enriched-article.schema.json";
    static final String PUBLISHED = "schemas/published-article.schema.json";
    static final List<String> ALL = List.of(RAW, ENRICHED, PUBLISHED);

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private EventSchemas() {
    }

    static Schema schema(String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the classpath");
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A meta-schema by its id; the validator ships the standard ones, so nothing is fetched. */
    static Schema metaSchema(String id) {
        return REGISTRY.getSchema(SchemaLocation.of(id));
    }

    static List<String> errors(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream().map(Error::toString).toList();
    }
}
