package dev.newsflow.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One page and the text it should yield. Two layouts are read: a folder per page holding
 * {@code source.html} (or {@code source.txt}), {@code expected.html} (or {@code expected.txt}) and
 * optionally {@code expected-metadata.json}; or flat files {@code NAME.html} (or {@code NAME.txt})
 * beside {@code NAME.expected.txt} (or {@code NAME.expected.html}).
 *
 * @param metadata the expected metadata ({@code title}, {@code lang}, ...), or null
 */
public record PagePair(String name, Path source, Path expected, Path metadata) {

    private static final Pattern NUMBERED = Pattern.compile("-\\d+$");

    /** The site the page comes from, for per-source learning: the name without a trailing {@code -N}. */
    public String site() {
        return NUMBERED.matcher(name).replaceFirst("");
    }

    public boolean sourceIsHtml() {
        return isHtml(source);
    }

    public String sourceText() {
        return read(source);
    }

    /** The reference as text: an HTML reference is rendered block by block, like a scrape. */
    public String expectedText() {
        String text = read(expected);
        return isHtml(expected) ? ScrapedText.of(text) : text;
    }

    public static List<PagePair> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        PagePair here = inFolder(dir);
        if (here != null) {
            return List.of(here);
        }
        List<PagePair> pairs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted(Comparator.comparing(Path::toString)).toList()) {
                if (Files.isDirectory(entry)) {
                    PagePair pair = inFolder(entry);
                    if (pair != null) {
                        pairs.add(pair);
                    }
                } else {
                    PagePair pair = flat(entry);
                    if (pair != null) {
                        pairs.add(pair);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    private static PagePair inFolder(Path folder) {
        Path source = firstExisting(folder.resolve("source.html"), folder.resolve("source.txt"));
        Path expected = firstExisting(folder.resolve("expected.txt"), folder.resolve("expected.html"));
        if (source == null || expected == null) {
            return null;
        }
        Path metadata = folder.resolve("expected-metadata.json");
        return new PagePair(folder.getFileName().toString(), source, expected,
                Files.isRegularFile(metadata) ? metadata : null);
    }

    private static PagePair flat(Path file) {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.contains(".expected.")) {
            return null;
        }
        String stem;
        if (lower.endsWith(".html") || lower.endsWith(".txt")) {
            stem = fileName.substring(0, fileName.lastIndexOf('.'));
        } else if (lower.endsWith(".htm")) {
            stem = fileName.substring(0, fileName.length() - 4);
        } else {
            return null;
        }
        Path expected = firstExisting(file.resolveSibling(stem + ".expected.txt"),
                file.resolveSibling(stem + ".expected.html"));
        return expected == null ? null : new PagePair(stem, file, expected, null);
    }

    private static Path firstExisting(Path... candidates) {
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** UTF-8, with anything undecodable replaced: the scorer must read what the pipeline would. */
    public static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
