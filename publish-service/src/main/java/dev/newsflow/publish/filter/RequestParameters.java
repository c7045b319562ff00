package dev.newsflow.publish.filter;

import java.util.Collection;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of one request, checked before anything reads them: every name is known,
 * given at most once, and free of control characters (which PostgreSQL would reject as text).
 */
public final class RequestParameters {

    private static final int MAX_ABBREVIATED = 40;

    private final MultiValueMap<String, String> values;

    public RequestParameters(MultiValueMap<String, String> values, Collection<String> supported) {
        for (String name : values.keySet()) {
            if (!supported.contains(name)) {
                throw new InvalidRequestException("unknown parameter '" + abbreviate(name) + "'; supported: " + supported);
            }
            List<String> given = values.get(name);
            if (given.size() > 1) {
                throw new InvalidRequestException("parameter '" + name + "' must be given at most once");
            }
            String value = given.get(0);
            if (value != null && value.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidRequestException(name + " must not contain control characters");
            }
        }
        this.values = values;
    }

    /** The stripped value, null when absent; an empty value is an error rather than "no filter". */
    public String text(String name, int maxLength) {
        String value = values.getFirst(name);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new InvalidRequestException(name + " must not be empty; omit it to match all");
        }
        if (value.length() > maxLength) {
            throw new InvalidRequestException(name + " must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String value = values.getFirst(name);
        if (value == null) {
            return defaultValue;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number from " + min + " to " + max
                    + ", got '" + abbreviate(value) + "'");
        }
        if (number < min || number > max) {
            throw new InvalidRequestException(name + " must be from " + min + " to " + max + ", got " + number);
        }
        return number;
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name, 100);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new InvalidRequestException(name + " must be one of " + List.of(type.getEnumConstants())
                + ", got '" + abbreviate(value) + "'");
    }

    static String abbreviate(String value) {
        return value.length() <= MAX_ABBREVIATED ? value : value.substring(0, MAX_ABBREVIATED) + "…";
    }
}
