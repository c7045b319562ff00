package dev.newsflow.contracts.format;

import dev.newsflow.contracts.DeadLetterReason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON documents strictly: duplicate fields and trailing content are errors, nesting depth is
 * bounded, and bytes must be valid UTF-8. Errors say where the document breaks. Thread-safe.
 */
public final class StrictJson {

    /** Every document of newsflow is an object of scalars, arrays and small objects. */
    public static final int MAX_NESTING_DEPTH = 32;

    private final JsonMapper mapper;

    public StrictJson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** The mapper behind it, for turning checked trees into records. */
    public JsonMapper mapper() {
        return mapper;
    }

    /** A record value: strict UTF-8, then strict JSON. */
    public JsonNode read(byte[] value) {
        if (value == null || value.length == 0) {
            throw FormatException.of(DeadLetterReason.NOT_JSON, "the value is empty; expected a JSON object", null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw FormatException.of(DeadLetterReason.NOT_UTF8, "the value is not valid UTF-8", e);
        }
        return read(text);
    }

    public JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            throw FormatException.of(DeadLetterReason.NOT_JSON, "the document is empty; expected a JSON object", null);
        }
        try {
            return mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            throw FormatException.of(DeadLetterReason.NOT_JSON, "JSON is nested too deeply or too large: "
                    + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw FormatException.of(DeadLetterReason.NOT_JSON, "Malformed JSON" + where(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()), e);
        }
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
