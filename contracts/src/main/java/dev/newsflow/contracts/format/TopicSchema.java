package dev.newsflow.contracts.format;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One topic's JSON Schema, as shipped in this jar under {@code schemas/}, checked at run time.
 * Each error becomes a {@link FieldViolation} in plain words; where a field's pattern, format or
 * enumeration needs an example to be fixable, the topic's hints give the message. Thread-safe.
 */
public final class TopicSchema {

    public static final String RAW_RESOURCE = "schemas/raw-article.schema.json";
    public static final String ENRICHED_RESOURCE = "schemas/enriched-article.schema.json";
    public static final String PUBLISHED_RESOURCE = "schemas/published-article.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final Schema schema;
    private final Map<String, String> hints;

    private TopicSchema(Schema schema, Map<String, String> hints) {
        this.schema = schema;
        this.hints = hints;
    }

    /** @param hints message per field path for a broken pattern, format or enumeration */
    static TopicSchema load(String resource, Map<String, String> hints) {
        try (InputStream in = TopicSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new TopicSchema(REGISTRY.getSchema(in), hints);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything in the document that breaks the schema; empty when it conforms. */
    public List<FieldViolation> check(JsonNode document) {
        List<FieldViolation> violations = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            violations.add(describe(error));
        }
        return violations;
    }

    /**
     * Only the values of the wrong JSON type: what stops a document from being read as the record at
     * all. The other rules are checked on the record, so that a refusal can name the article's id.
     */
    public List<FieldViolation> checkTypes(JsonNode document) {
        List<FieldViolation> violations = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            if ("type".equals(error.getKeyword())) {
                violations.add(describe(error));
            }
        }
        return violations;
    }

    private FieldViolation describe(Error error) {
        String field = field(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        JsonNode instance = error.getInstanceNode();
        return switch (keyword) {
            case "required" -> new FieldViolation(join(field, error.getProperty()), "is required");
            case "type" -> new FieldViolation(field, "must be " + expected(error.getSchemaNode()) + ", got "
                    + describe(instance));
            case "minLength" -> new FieldViolation(field, "must not be empty");
            case "maxLength" -> new FieldViolation(field, "is " + length(instance) + " characters long; at most "
                    + first(args) + " are allowed");
            case "minimum" -> new FieldViolation(field, "must be at least " + first(args) + ", was " + instance);
            case "maxItems" -> new FieldViolation(field, "has more than " + first(args) + " items");
            case "pattern", "format", "enum" -> new FieldViolation(field, hints.getOrDefault(field,
                    "is not valid here") + (instance != null && instance.isString()
                    ? ", was \"" + abbreviate(instance.stringValue()) + "\"" : ""));
            default -> new FieldViolation(field.isEmpty() ? FieldViolation.DOCUMENT : field, error.getMessage());
        };
    }

    /** {@code /metadata/lang} → {@code metadata.lang}; array items as {@code keywords[3]}. */
    private static String field(NodePath path) {
        StringBuilder out = new StringBuilder();
        if (path == null) {
            return "";
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    private static String join(String parent, String property) {
        return parent.isEmpty() ? String.valueOf(property) : parent + "." + property;
    }

    private static String expected(JsonNode type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asString())) {
                    return article(option.asString());
                }
            }
        }
        return article(type.asString());
    }

    private static String article(String type) {
        return switch (type) {
            case "string" -> "a string";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "a boolean";
            case "array" -> "an array";
            case "object" -> "an object";
            default -> type;
        };
    }

    /** A JSON value's kind, as a person would say it. */
    public static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isString() ? "a string" : "binary data";
    }

    private static int length(JsonNode node) {
        return node != null && node.isString() ? node.stringValue().codePointCount(0, node.stringValue().length()) : 0;
    }

    private static Object first(Object[] args) {
        return args.length == 0 ? "?" : args[0];
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
