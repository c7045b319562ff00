package dev.newsflow.enrichment.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Real articles in several languages for measuring the language-dependent analysers: the news
 * pages of the development corpus ({@code ../shared/corpora/readability-test-pages}, read from
 * disk, never copied into the project) as the story text of their {@code expected.html}, plus the
 * openly licensed Wikinews articles under {@code src/test/resources/multilingual} (see the README
 * there).
 */
final class MultilingualCorpus {

    /** A story: its title, its paragraphs and the language it is written in. */
    record Article(String name, String language, String title, List<String> paragraphs) {

        String body() {
            return String.join("\n\n", paragraphs);
        }
    }

    /**
     * The corpus's news pages that are not in English, with their language: the page's own
     * {@code lang} where Readability recorded one, checked by reading; the others labelled here
     * by reading the text.
     */
    static final Map<String, String> NON_ENGLISH_NEWS = Map.ofEntries(
            Map.entry("aktualne", "cs"), Map.entry("cnet-svg-classes", "es"), Map.entry("folha", "pt"),
            Map.entry("heise", "de"), Map.entry("la-nacion", "es"), Map.entry("lemonde-1", "fr"),
            Map.entry("liberation-1", "fr"), Map.entry("nytimes-5", "es"), Map.entry("videos-2", "fr"),
            Map.entry("pixnet", "zh"), Map.entry("qq", "zh"), Map.entry("gmw", "zh"), Map.entry("youth", "zh"),
            Map.entry("yahoo-4", "ja"), Map.entry("hukumusume", "ja"));

    /** English news pages of the corpus, for comparison. */
    static final List<String> ENGLISH_NEWS = List.of("bbc-1", "cnn", "guardian-1", "nytimes-1", "nytimes-2",
            "wapo-1", "wapo-2", "telegraph", "seattletimes-1", "yahoo-2", "herald-sun-1", "breitbart");

    private MultilingualCorpus() {
    }

    /** The corpus folder, when this checkout has it beside the repository ({@code ../shared/corpora}). */
    static Optional<Path> pagesDir() {
        for (Path base : List.of(Path.of(".."), Path.of("..", ".."))) {
            Path dir = base.resolve("shared").resolve("corpora").resolve("readability-test-pages");
            if (Files.isDirectory(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    static Article page(Path pages, String name, String language) {
        try {
            Path folder = pages.resolve(name);
            String metadata = Files.readString(folder.resolve("expected-metadata.json"), StandardCharsets.UTF_8);
            Document doc = Jsoup.parse(Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8));
            return new Article(name, language, jsonString(metadata, "title"), paragraphs(doc.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's {@code lang} in its expected metadata, or null. */
    static String declaredLanguage(Path pages, String name) {
        try {
            return jsonString(Files.readString(pages.resolve(name).resolve("expected-metadata.json")), "lang");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt, div,"
            + " section, article";

    /** Each block's own text, in document order; a block holding blocks gives only its loose text. */
    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        for (Element e : root.select(BLOCKS)) {
            boolean container = e.select(BLOCKS).size() > 1;
            String text = (container ? e.ownText() : e.text()).strip();
            if (!text.isEmpty() && (!container || text.length() > 20)) {
                out.add(text);
            }
        }
        return out;
    }

    /** The Wikinews articles shipped with the tests: {@code multilingual/<lang>-<n>.txt}, first line the title. */
    static List<Article> wikinews() {
        List<Article> out = new ArrayList<>();
        for (String language : List.of("de", "fr", "es", "pt", "it")) {
            for (int n = 1; ; n++) {
                String name = "/multilingual/" + language + "-" + n + ".txt";
                try (InputStream in = MultilingualCorpus.class.getResourceAsStream(name)) {
                    if (in == null) {
                        break;
                    }
                    List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.startsWith("#")).map(String::strip).filter(l -> !l.isEmpty()).toList();
                    out.add(new Article("wikinews-" + language + "-" + n, language, lines.get(0),
                            lines.subList(1, lines.size())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /**
     * Articles kept outside the project for a local measurement ({@code -Dmultilingual.extra=DIR}):
     * {@code <lang>-<anything>.txt} in the same format as the shipped ones.
     */
    static List<Article> extra() {
        String dir = System.getProperty("multilingual.extra");
        if (dir == null || dir.isBlank() || !Files.isDirectory(Path.of(dir))) {
            return List.of();
        }
        try (var files = Files.list(Path.of(dir))) {
            List<Article> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().matches("[a-z]{2}-.*\\.txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.startsWith("#")).map(String::strip).filter(l -> !l.isEmpty()).toList();
                String name = f.getFileName().toString();
                out.add(new Article("extra-" + name.substring(0, name.length() - 4), name.substring(0, 2), lines.get(0),
                        lines.subList(1, lines.size())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonString(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(json);
        if (!m.find() || m.group(2) == null) {
            return null;
        }
        return m.group(2).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
