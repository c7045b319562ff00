package dev.newsflow.publish.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code q} parameter split for PostgreSQL: words, {@code "quoted phrases"}, {@code -exclusions}
 * and {@code or} go to {@code websearch_to_tsquery} as they are; each {@code prefix*} outside quotes
 * becomes a prefix term that every match must contain. Prefixes are letters and digits only, so
 * they can be handed to {@code to_tsquery} without any tsquery syntax of the caller's reaching it.
 *
 * @param words what websearch_to_tsquery reads, possibly empty
 * @param prefixes lower-cased prefixes without their {@code *}
 */
public record SearchText(String words, List<String> prefixes) {

    static final int MAX_LENGTH = 500;
    static final int MAX_PREFIXES = 10;
    static final int MIN_PREFIX_LENGTH = 2;
    private static final Pattern PREFIX = Pattern.compile("([\\p{L}\\p{N}]+)\\*+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    public SearchText {
        prefixes = List.copyOf(prefixes);
    }

    static SearchText parse(String q) {
        StringBuilder words = new StringBuilder();
        List<String> prefixes = new ArrayList<>();
        String[] parts = q.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                words.append(" \"").append(parts[i]).append('"');
                continue;
            }
            for (String token : parts[i].strip().split("\\s+")) {
                var prefix = PREFIX.matcher(token);
                if (prefix.matches()) {
                    prefixes.add(checkedPrefix(prefix.group(1)));
                } else if (!token.isEmpty()) {
                    words.append(' ').append(token);
                }
            }
        }
        if (prefixes.size() > MAX_PREFIXES) {
            throw new InvalidRequestException("q may contain at most " + MAX_PREFIXES + " prefix terms (word*)");
        }
        String text = words.toString().strip();
        if (prefixes.isEmpty() && !WORD.matcher(text).find()) {
            throw new InvalidRequestException("q must contain at least one word, \"phrase\" or prefix*");
        }
        return new SearchText(text, prefixes);
    }

    /** The prefixes as one space-separated string, the form the SQL function takes. */
    String prefixList() {
        return String.join(" ", prefixes);
    }

    private static String checkedPrefix(String prefix) {
        if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX_LENGTH) {
            throw new InvalidRequestException("a prefix term needs at least " + MIN_PREFIX_LENGTH
                    + " letters or digits before the *, got '" + prefix + "*'");
        }
        return prefix.toLowerCase(Locale.ROOT);
    }
}
