package dev.newsflow.eval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether two published times agree: the same instant, or the same calendar date. */
final class PublishedTime {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XXX");

    private PublishedTime() {
    }

    /** Null when none is expected; false when none was found or they differ. */
    static Boolean same(String expected, String actual) {
        if (expected == null || expected.isBlank()) {
            return null;
        }
        if (actual == null || actual.isBlank()) {
            return false;
        }
        Instant a = instant(expected.strip());
        Instant b = instant(actual.strip());
        if (a != null && b != null && a.equals(b)) {
            return true;
        }
        LocalDate dateA = date(expected);
        LocalDate dateB = date(actual);
        if (dateA != null && dateA.equals(dateB)) {
            return true;
        }
        return a != null && b != null && a.atOffset(ZoneOffset.UTC).toLocalDate().equals(b.atOffset(ZoneOffset.UTC)
                .toLocalDate());
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the other shapes
        }
        try {
            return OffsetDateTime.parse(s, OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            // a time without an offset is read as UTC
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first yyyy-mm-dd the text holds, as written. */
    private static LocalDate date(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
