package dev.newsflow.eval;

import dev.newsflow.corpus.ScrapedText;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.Stage;
import dev.newsflow.enrichment.TimedEnrichment;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./newsflow eval --entities SET}: runs the documents of an entity set through the enricher and
 * scores the entities it finds against the set's gold ({@link EntityGold}, {@link EntityScore}):
 * per-document set precision, recall and F1, micro and macro, overall, per type and per detected
 * language. A set is a folder with {@code gold.tsv} and the documents' text, either
 * {@code texts/DOC.txt} (title on the first line, then the body) or, for pages of a page corpus,
 * {@code CORPUS/DOC/expected.html} (the reference extraction, sent as the plain text it holds).
 */
final class EntityEvalCommand {

    static final String USAGE = """
            usage: ./newsflow eval --entities SET [options]

            SET is a folder with gold.tsv (DOC <tab> PER|LOC|ORG <tab> name|alias|...) and the text of
            each DOC in texts/DOC.txt (title on the first line) or CORPUS/DOC/expected.html.

              --corpus DIR      where pages without texts/DOC.txt are
                                (default ../shared/corpora/readability-test-pages)
              --only LIST|@FILE only these documents
              --errors          list each document's wrong and missed names
              --passes N        timed passes after a warm-up pass (default 3)
              --min-f1 X        exit status 1 when micro F1 is below X
            """;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EntityEvalCommand() {
    }

    static void main(String[] args) throws IOException {
        Path set = null;
        Path corpus = Path.of("..", "shared", "corpora", "readability-test-pages");
        Set<String> only = new LinkedHashSet<>();
        boolean errors = false;
        int passes = 3;
        double minF1 = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--errors" -> errors = true;
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--only" -> only.addAll(names(args[++i]));
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--min-f1" -> minF1 = Double.parseDouble(args[++i]);
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> {
                    if (args[i].startsWith("--") || set != null) {
                        System.err.print(USAGE);
                        System.exit(2);
                    }
                    set = Path.of(args[i]);
                }
            }
        }
        if (set == null) {
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        EntityGold gold = EntityGold.read(set.resolve("gold.tsv"));
        List<RawArticle> articles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String doc : gold.documents().keySet()) {
            if (!only.isEmpty() && !only.contains(doc)) {
                continue;
            }
            RawArticle article = article(set, corpus, doc);
            if (article == null) {
                System.err.println("eval: no text for " + doc + " (skipped)");
                continue;
            }
            articles.add(article);
            names.add(doc);
        }
        Enricher.warmUp();
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        List<EntityScore.Document> scored = new ArrayList<>();
        Map<String, List<EntityScore.Document>> byLanguage = new LinkedHashMap<>();
        long[][] entityNanos = new long[articles.size()][passes];
        long[][] cpuNanos = new long[articles.size()][passes];
        int chars = 0;
        for (int pass = -1; pass < passes; pass++) {
            for (int i = 0; i < articles.size(); i++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                // a new id each time, so no pass finds the previous one's article as a duplicate
                TimedEnrichment timed = enricher.enrichTimed(articles.get(i),
                        new ArticleContext("entities-" + pass + "-" + names.get(i), 0, Instant.EPOCH));
                cpu = THREADS.getCurrentThreadCpuTime() - cpu;
                if (pass < 0) {
                    EntityScore.Document d = EntityScore.score(names.get(i), gold.documents().get(names.get(i)),
                            timed.article().entities());
                    scored.add(d);
                    byLanguage.computeIfAbsent(timed.article().language(), k -> new ArrayList<>()).add(d);
                    chars += timed.article().body().length();
                } else {
                    entityNanos[i][pass] = timed.timings().nanos(Stage.ENTITIES);
                    cpuNanos[i][pass] = cpu;
                }
            }
        }
        PrintStream out = System.out;
        if (errors) {
            for (EntityScore.Document d : scored) {
                EntityScore.Counts t = d.total();
                out.printf(Locale.ROOT, "%-32s P %.2f R %.2f F1 %.2f%n", d.name(), t.precision(), t.recall(), t.f1());
                d.wrong().forEach(w -> out.println("    wrong   " + w));
                d.missed().forEach(m -> out.println("    missed  " + m));
            }
            out.println();
        }
        out.printf(Locale.ROOT, "entities of %s: %d documents, %d chars of body on average%n", set, scored.size(),
                scored.isEmpty() ? 0 : chars / scored.size());
        print(out, "all", scored);
        if (byLanguage.size() > 1) {
            byLanguage.forEach((lang, docs) -> print(out, "language " + lang, docs));
        }
        out.printf(Locale.ROOT, "  entity stage per document: median %.3f ms (enrichment CPU median %.3f ms)%n",
                medianOfMins(entityNanos) / 1e6, medianOfMins(cpuNanos) / 1e6);
        EntityScore.Summary all = EntityScore.Summary.of(scored);
        if (all.micro().f1() < minF1) {
            out.printf(Locale.ROOT, "FLOOR MISSED: micro F1 %.3f < %.3f%n", all.micro().f1(), minF1);
            System.exit(1);
        }
    }

    private static void print(PrintStream out, String label, List<EntityScore.Document> docs) {
        EntityScore.Summary s = EntityScore.Summary.of(docs);
        out.printf(Locale.ROOT, "  %-12s (%3d docs)  micro P %.3f R %.3f F1 %.3f  macro F1 %.3f%n", label, docs.size(),
                s.micro().precision(), s.micro().recall(), s.micro().f1(), s.macroF1());
        for (EntityType type : EntityType.values()) {
            EntityScore.Counts c = s.microByType().get(type);
            out.printf(Locale.ROOT, "      %-3s  gold %4d  micro P %.3f R %.3f F1 %.3f  macro F1 %.3f%n",
                    EntityScore.abbrev(type), c.tp() + c.fn(), c.precision(), c.recall(), c.f1(),
                    s.macroByType().get(type));
        }
    }

    /** The median over documents of each document's fastest pass: the least disturbed by other load. */
    private static double medianOfMins(long[][] nanos) {
        if (nanos.length == 0 || nanos[0].length == 0) {
            return Double.NaN;
        }
        long[] mins = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            mins[i] = Arrays.stream(nanos[i]).min().orElse(0);
        }
        Arrays.sort(mins);
        return mins[mins.length / 2];
    }

    private static RawArticle article(Path set, Path corpus, String doc) throws IOException {
        Path txt = set.resolve("texts").resolve(doc + ".txt");
        if (Files.isRegularFile(txt)) {
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String title = nl < 0 ? text : text.substring(0, nl);
            String body = nl < 0 ? "" : text.substring(nl + 1).strip();
            return new RawArticle(null, null, "entities", title.strip(), body, RawArticle.TEXT_PLAIN, null, null, null,
                    Map.of());
        }
        Path page = corpus.resolve(doc);
        Path expected = page.resolve("expected.html");
        if (!Files.isRegularFile(expected)) {
            return null;
        }
        String title = "";
        Path meta = page.resolve("expected-metadata.json");
        if (Files.isRegularFile(meta)) {
            JsonNode node = JsonMapper.builder().build().readTree(Files.readString(meta, StandardCharsets.UTF_8));
            JsonNode t = node.get("title");
            title = t == null || t.isNull() ? "" : t.asString();
        }
        String body = ScrapedText.of(Files.readString(expected, StandardCharsets.UTF_8));
        return new RawArticle(null, null, doc, title, body, RawArticle.TEXT_PLAIN, null, null, null, Map.of());
    }

    private static List<String> names(String value) throws IOException {
        List<String> raw = value.startsWith("@")
                ? Files.readAllLines(Path.of(value.substring(1)), StandardCharsets.UTF_8)
                : List.of(value.split(","));
        return raw.stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }
}
