package dev.newsflow.ops.launcher;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launcher's JSON: answers of the services' APIs read with Jackson into maps and lists (numbers as
 * their boxes), navigated by key paths, and strings quoted for request bodies.
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** The value of a JSON text; IllegalArgumentException saying where when it is not JSON. */
    static Object parse(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Member {@code key} of {@code node} when it is an object, else null; keys may be a path "a.b". */
    static Object get(Object node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    static String string(Object node, String path) {
        Object value = get(node, path);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String path) {
        Object value = path == null ? node : get(node, path);
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static String quote(String s) {
        return MAPPER.writeValueAsString(s);
    }
}
