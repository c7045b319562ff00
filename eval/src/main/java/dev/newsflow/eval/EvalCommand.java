package dev.newsflow.eval;

import dev.newsflow.corpus.PagePair;
import dev.newsflow.enrichment.Enricher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./newsflow eval DIR}: scores extraction (or cleaning) on a folder of pages and their
 * expected text, prints precision, recall and F1 per page, worst first, then the overall figures,
 * and fails (exit status 1) when a floor given on the command line is missed.
 */
public final class EvalCommand {

    static final String USAGE = """
            usage: ./newsflow eval DIR [options]

            DIR holds pages and the text each should yield: a folder per page with source.html (or
            source.txt) and expected.html (or expected.txt), optionally expected-metadata.json with
            "title", "lang", "byline" and "publishedTime"; or flat files NAME.html (or NAME.txt) beside
            NAME.expected.txt.

              --mode extract|clean   extract: an HTML page goes in as text/html (the default);
                                     clean: it goes in as the plain text a scraper makes of it
                                     (every block on its own line); a .txt source always does
              --extractor NAME       in extract mode: enricher (the whole enrichment, the default), html
                                     (newsflow's HTML extractor alone) or readability4j (Readability4J
                                     1.0.8, for comparison); CPU is then that extractor's alone
              --shape lines|one-line in clean mode, the scrape has every block on a line of its own
                                     (lines, the default) or all of them joined by spaces (one-line)
              --only LIST|@FILE      only these pages (comma-separated names, or one per line in FILE)
              --worst N              list only the N worst pages (default: every page)
              --json FILE            also write every figure as JSON
              --no-warmup            time the first pass (by default the pages run once untimed)

            ./newsflow eval --entities SET scores named entities instead (--entities --help).

            Floors (exit status 1 when one is missed; fractions between 0 and 1):
              --min-f1 X  --min-precision X  --min-recall X  --min-title X  --min-author X
              --min-published X  --min-story X
              --max-furniture X  --max-furniture-first X  --max-furniture-learned X  --max-failures N
            """;

    private EvalCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--entities")) {
            EntityEvalCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("eval: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.print(USAGE);
            return;
        }
        List<PagePair> pairs = PagePair.in(options.dir);
        if (!options.only.isEmpty()) {
            pairs = pairs.stream().filter(p -> options.only.contains(p.name())).toList();
        }
        if (pairs.isEmpty()) {
            System.err.println("eval: no page pairs in " + options.dir + " (see ./newsflow eval --help)");
            System.exit(2);
        }
        Enricher.warmUp();
        Evaluation evaluation = new Evaluation(options.mode, options.extractor, options.shape);
        if (options.warmup) {
            evaluation.run(pairs);
        }
        List<PageResult> results = evaluation.run(pairs);
        Summary summary = Summary.of(results);
        print(System.out, options, results, summary);
        if (options.json != null) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("dir", options.dir.toString());
            doc.put("mode", options.mode.name().toLowerCase(Locale.ROOT));
            if (options.mode == Evaluation.Mode.CLEAN) {
                doc.put("shape", options.shape == Evaluation.Shape.LINES ? "lines" : "one-line");
            }
            doc.put("enricherVersion", Enricher.VERSION);
            doc.put("extractor", options.extractor.name().toLowerCase(Locale.ROOT));
            doc.put("summary", summary);
            doc.put("pages", results);
            Files.writeString(options.json, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(doc), StandardCharsets.UTF_8);
        }
        List<String> missed = options.floors.missed(summary);
        if (!missed.isEmpty()) {
            missed.forEach(m -> System.out.println("FLOOR MISSED: " + m));
            System.exit(1);
        }
    }

    private static void print(PrintStream out, Options options, List<PageResult> results, Summary s) {
        boolean clean = options.mode == Evaluation.Mode.CLEAN;
        List<PageResult> worst = new ArrayList<>(results);
        worst.sort(Comparator.comparingDouble((PageResult r) -> r.overlap().f1()).thenComparing(PageResult::name));
        int width = Math.max(12, results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + width + "s %6s %6s %6s %s %6s  %s%n", "page", "P", "R", "F1",
                clean ? "furniture kept" : "title", "cpu ms", "");
        for (PageResult r : worst.subList(0, Math.min(worst.size(), options.worst))) {
            String extra = clean ? String.format(Locale.ROOT, "%14s", percent(r.furnitureKept()))
                    : String.format(Locale.ROOT, "%5s", r.titleRight() == null ? "" : r.titleRight() ? "ok" : "WRONG");
            out.printf(Locale.ROOT, "%-" + width + "s %6.3f %6.3f %6.3f %s %6.1f  %s%n", r.name(),
                    r.overlap().precision(), r.overlap().recall(), r.overlap().f1(), extra, r.cpuNanos() / 1e6,
                    r.error() == null ? "" : "FAILED " + r.error());
        }
        out.println();
        String what = clean ? (options.shape == Evaluation.Shape.LINES ? "cleaning (one block per line)"
                : "cleaning (one-line scrape)") : options.extractor == Evaluation.Extractor.ENRICHER ? "extraction"
                : "extraction by " + options.extractor.name().toLowerCase(Locale.ROOT);
        out.printf(Locale.ROOT, "%s of %s (%d pages, %d failed)%n", what, options.dir, s.pages(), s.failures());
        out.printf(Locale.ROOT, "  precision %.3f   recall %.3f   F1 %.3f%n", s.precision(), s.recall(), s.f1());
        if (clean) {
            out.printf(Locale.ROOT, "  story kept %s   furniture kept %s (first of a source %s, from a source's %dth %s)%n",
                    percent(s.recall()), share(s.furnitureKept()), share(s.furnitureKeptFirst()), Summary.LEARNED_FROM,
                    share(s.furnitureKeptLearned()));
        } else {
            out.printf(Locale.ROOT, "  title right %s   language right %s%n", share(s.title()), share(s.language()));
            out.printf(Locale.ROOT, "  author right %s   published time right %s%n", share(s.author()),
                    share(s.published()));
        }
        out.printf(Locale.ROOT, "  %s CPU per page: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                options.extractor == Evaluation.Extractor.ENRICHER ? "enrichment" : "extraction", s.cpuMedianMs(),
                s.cpuP90Ms(), s.cpuMaxMs());
    }

    private static String share(Summary.Share share) {
        return share.pages() == 0 ? "n/a" : percent(share.value()) + " of " + share.pages();
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    /** Command-line options; {@link #parse} returns null for {@code --help}. */
    private static final class Options {
        Path dir;
        Evaluation.Mode mode = Evaluation.Mode.EXTRACT;
        Evaluation.Extractor extractor = Evaluation.Extractor.ENRICHER;
        Evaluation.Shape shape = Evaluation.Shape.LINES;
        Set<String> only = new LinkedHashSet<>();
        int worst = Integer.MAX_VALUE;
        Path json;
        boolean warmup = true;
        final Floors floors = new Floors();

        static Options parse(String[] args) throws IOException {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    return null;
                }
                if (arg.equals("--no-warmup")) {
                    o.warmup = false;
                    continue;
                }
                if (!arg.startsWith("--")) {
                    if (o.dir != null) {
                        throw new IllegalArgumentException("one DIR only, got " + o.dir + " and " + arg);
                    }
                    o.dir = Path.of(arg);
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--mode" -> o.mode = switch (value) {
                        case "extract" -> Evaluation.Mode.EXTRACT;
                        case "clean" -> Evaluation.Mode.CLEAN;
                        default -> throw new IllegalArgumentException("--mode is extract or clean, not " + value);
                    };
                    case "--extractor" -> o.extractor = switch (value) {
                        case "enricher" -> Evaluation.Extractor.ENRICHER;
                        case "html" -> Evaluation.Extractor.HTML;
                        case "readability4j" -> Evaluation.Extractor.READABILITY4J;
                        default -> throw new IllegalArgumentException(
                                "--extractor is enricher, html or readability4j, not " + value);
                    };
                    case "--shape" -> o.shape = switch (value) {
                        case "lines" -> Evaluation.Shape.LINES;
                        case "one-line" -> Evaluation.Shape.ONE_LINE;
                        default -> throw new IllegalArgumentException("--shape is lines or one-line, not " + value);
                    };
                    case "--only" -> o.only.addAll(names(value));
                    case "--worst" -> o.worst = positive(arg, value);
                    case "--json" -> o.json = Path.of(value);
                    default -> o.floors.set(arg, value);
                }
            }
            if (o.dir == null) {
                throw new IllegalArgumentException("which folder? give DIR");
            }
            return o;
        }

        private static List<String> names(String value) throws IOException {
            List<String> raw = value.startsWith("@")
                    ? Files.readAllLines(Path.of(value.substring(1)), StandardCharsets.UTF_8)
                    : List.of(value.split(","));
            return raw.stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " takes a positive whole number, not " + value);
        }
    }
}
