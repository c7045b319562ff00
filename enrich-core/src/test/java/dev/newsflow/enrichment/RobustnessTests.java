package dev.newsflow.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Enrichment never throws, whatever arrives: a thrown article is dead-lettered and lost to its
 * readers. Every page of the development corpus goes through the real {@link Enricher} whole,
 * cut at seeded random points, with its encoding mangled in the ways real feeds mangle it, and
 * each as {@code text/html} and as {@code text/plain}; generated hostile input covers the same
 * ground where the corpus is absent (CI). Every failure is collected, so one run names them all.
 */
class RobustnessTests {

    static final long SEED = 20_240_612L;
    static final String CORPUS = "readability-test-pages";
    /** Random cut points per page (each mangled copy below is cut at a random point too). */
    static final int TRUNCATIONS = 1;
    /** Manglings per page, taken in turn, each of a copy cut at a random point in its second half. */
    static final int MANGLINGS_PER_PAGE = 3;

    private final Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
    private final List<String> failures = new ArrayList<>();
    private int enrichments;

    @Test
    void everyCorpusPageWholeTruncatedAndMangledAsHtmlAndAsText() throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null, "the corpus ../shared/corpora/" + CORPUS + " (relative to the repository root) is "
                + "absent: only the generated hostile input is checked");
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(corpus)) {
            pages = dirs.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList();
        }
        Mangling[] manglings = Mangling.values();
        for (int p = 0; p < pages.size(); p++) {
            String name = pages.get(p).getFileName().toString();
            String html = Files.readString(pages.get(p).resolve("source.html"));
            Random random = new Random(SEED ^ name.hashCode());
            check(name, "whole", html);
            check(name, "scraped text", () -> Jsoup.parse(html).wholeText());
            for (int t = 0; t < TRUNCATIONS; t++) {
                int cut = random.nextInt(html.length() + 1);
                check(name, "cut at " + cut, html.substring(0, cut));
            }
            // a sample keeps the run short: each page gets some manglings, each mangling about half the pages
            for (int m = 0; m < MANGLINGS_PER_PAGE; m++) {
                Mangling mangling = manglings[(p + m) % manglings.length];
                int cut = html.length() / 2 + random.nextInt(html.length() / 2 + 1);
                check(name, mangling + " of the first " + cut + " chars", () -> mangling.apply(html.substring(0, cut), random));
            }
        }

        assertThat(pages).as("pages in " + corpus).hasSizeGreaterThan(100);
        assertThat(failures).as(failures.size() + " of " + enrichments + " enrichments threw").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void hostileBodyAsHtmlAndAsText(String name, Supplier<String> body) {
        String text = body.get();
        check(name, "body", text);
        check(name, "title", () -> text.length() > 10_000 ? text.substring(0, 10_000) : text, "body after a hostile title");

        assertThat(failures).as(failures.size() + " of " + enrichments + " enrichments threw").isEmpty();
    }

    @Test
    void hostileTitlesAndMissingFields() {
        List<String> titles = Arrays.asList(null, "", "   ", "[ CORRECTED 08:40 GMT ]", "!!!", "—", "•", "\u0000",
                "\uD800", "\uFEFF", "🙂🙂🙂 🙂", "08:40", "W".repeat(1_000_000), "a ".repeat(200_000),
                "<script>alert(1)</script>", "<h1>Title</h1>", "UPDATE 1-SHARES OF X FALL; Y UP [ID:nL5N3]");
        List<String> bodies = Arrays.asList(null, "", "--\nThe index fell 2% in early trade on Monday, dealers said.",
                "[\n]\n•\n|\n", "<html><body>•<p>Text of the page.</p></body></html>");
        for (String title : titles) {
            for (String body : bodies) {
                for (String type : new String[] {RawArticle.TEXT_HTML, RawArticle.TEXT_PLAIN, null, "application/pdf"}) {
                    enrich("titles", String.valueOf(title).length() > 40 ? "long title" : String.valueOf(title),
                            new RawArticle(null, null, null, title, body, type, null, null, null, null));
                }
            }
        }

        assertThat(failures).as(failures.size() + " of " + enrichments + " enrichments threw").isEmpty();
    }

    /**
     * A page nobody trimmed (written straight to the topic) is cut at 2 M chars before parsing,
     * which bounds time and memory; its scripts and styles go before that cut, so an article
     * after 8 MB of them is still there.
     */
    @Test
    void tenMegabytePageKeepsItsArticleAfterEightMegabytesOfScripts() {
        StringBuilder page = new StringBuilder("<html><head><title>Harbour reopens after the storm</title>");
        while (page.length() < 8_000_000) {
            page.append("<script>window.__DATA__.push(\"").append("x".repeat(100_000)).append("\");</script>\n");
        }
        page.append("<style>").append(".a{color:red}".repeat(50_000)).append("</style></head><body><article>");
        for (int i = 0; page.length() < 10_000_000; i++) {
            page.append("<p>Paragraph ").append(i).append(" of the story: the harbour reopened and ships came back.</p>");
        }
        page.append("<p>The last paragraph.</p></article></body></html>");

        EnrichedArticle article = enricher.enrich(new RawArticle(null, null, "big", "", page.toString(), RawArticle.TEXT_HTML,
                null, null, null, null), new ArticleContext("big", 0, null));

        assertThat(article.title()).isEqualTo("Harbour reopens after the storm");
        assertThat(article.body()).startsWith("Paragraph 0 of the story");
        assertThat(article.removed()).extracting(r -> r.text()).anyMatch(t -> t.contains("80 scripts (JSON-LD kept), 1 style sheets"));
    }

    static Stream<Arguments> hostileBodies() {
        return Stream.of(
                hostile("a huge single word", () -> randomLetters(new Random(1), 400_000)),
                hostile("1 MB of one letter", () -> "x".repeat(1 << 20)),
                hostile("1 MB of full stops", () -> ".".repeat(1 << 20)),
                hostile("1 MB of less-than signs", () -> "<".repeat(1 << 20)),
                hostile("1 MB of ampersands", () -> "&".repeat(1 << 20)),
                hostile("1 MB of line breaks", () -> "\n".repeat(1 << 20)),
                hostile("1 MB of NULs", () -> "\u0000".repeat(1 << 20)),
                hostile("a million tags", () -> "<b>".repeat(1_000_000)),
                hostile("a million paragraphs", () -> "<p>a</p>".repeat(1_000_000)),
                hostile("a million line breaks in markup", () -> "<br>".repeat(1_000_000)),
                hostile("100,000 nested divs", () -> "<div>".repeat(100_000) + "The story. It ends." + "</div>".repeat(100_000)),
                hostile("nested links", () -> "<a href=\"/x\">".repeat(20_000) + "text"),
                hostile("misnested formatting", () -> "<p><b><i>x</b></i>".repeat(20_000)),
                hostile("nested tables", () -> "<table><tr><td>".repeat(20_000) + "cell"),
                hostile("an unterminated comment", () -> "<p>Start.</p><!-- " + "never closed ".repeat(50_000)),
                hostile("an unterminated script", () -> "<p>Start.</p><script>" + "var a = '</p>';".repeat(50_000)),
                hostile("only punctuation", () -> randomFrom(new Random(2), ".,;:!?-—–…•|/\\()[]{}\"'«»“”‘’*#@%^&~` \n", 200_000)),
                hostile("only digits", () -> randomFrom(new Random(3), "0123456789 .,:\n", 200_000)),
                hostile("one long number", () -> "1234567890".repeat(50_000)),
                hostile("right-to-left only", () -> randomWords(new Random(4), "ابتثجحخدذرزسشصضطظعغفقكلمنهوي", 30_000)
                        + randomWords(new Random(5), "אבגדהוזחטיכלמנסעפצקרשת", 30_000)),
                hostile("CJK without spaces", () -> randomFrom(new Random(6), "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切", 300_000)),
                hostile("emoji only", () -> randomCodePoints(new Random(7), new int[] {0x1F600, 0x1F64F, 0x1F300, 0x1F5FF, 0x1F680, 0x1F6FF},
                        100_000) + "👩‍👩‍👧‍👦🏳️‍🌈🇺🇦👍🏽".repeat(5_000)),
                hostile("stacked combining marks", () -> ("e" + "\u0301\u0308\u0327".repeat(2_000) + " ").repeat(100)),
                hostile("lone surrogates", () -> randomFrom(new Random(8), "\uD800\uDBFF\uDC00\uDFFF a.", 200_000)),
                hostile("control characters", () -> randomFrom(new Random(9), "\u0000\u0001\u0008\u000B\u000C\u001B\u007F\u0085\u009F"
                        + "\u2028\u2029\u200B\u200E\u202E\uFEFF\uFFFD\uFFFE\uFFFF ab.", 200_000)),
                hostile("byte-order marks", () -> "\uFEFF".repeat(1_000) + "ï»¿<html>" + "\uFEFF<p>Text.</p>".repeat(10_000)),
                hostile("entities", () -> "&#0;&#xD800;&#1114112;&#99999999999;&amp&lt;&nbsp&;&#;&#x;".repeat(20_000)),
                hostile("title-like lines", () -> "[ CORRECTED 08:40 GMT ]\n•\n--\n".repeat(20_000)),
                hostile("a very long line of sentences", () -> "Yes. No! Why? ".repeat(100_000)),
                hostile("quotes left open", () -> "He said: “".repeat(50_000) + "\"«‘".repeat(50_000)));
    }

    private static Arguments hostile(String name, Supplier<String> body) {
        return Arguments.of(name, body);
    }

    private void check(String page, String variant, String body) {
        check(page, variant, () -> body);
    }

    private void check(String page, String variant, Supplier<String> body) {
        check(page, variant, body, null);
    }

    /** Sends the body as HTML and as plain text; with a hostile title, the body stays ordinary. */
    private void check(String page, String variant, Supplier<String> text, String bodyAfterTitle) {
        String value;
        try {
            value = text.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the test could not build " + page + " / " + variant, e);
        }
        String title = bodyAfterTitle == null ? page : value;
        String body = bodyAfterTitle == null ? value : bodyAfterTitle;
        for (String type : new String[] {RawArticle.TEXT_HTML, RawArticle.TEXT_PLAIN}) {
            enrich(page, variant + " as " + type,
                    new RawArticle(null, null, "corpus-" + page, title, body, type, null, null, null, null));
        }
    }

    private void enrich(String page, String variant, RawArticle raw) {
        enrichments++;
        try {
            EnrichedArticle article = enricher.enrich(raw, new ArticleContext("r" + enrichments, 0, null));
            if (article.body() == null || article.title() == null) {
                failures.add(page + " / " + variant + ": null body or title");
            }
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(page + " / " + variant + ": " + e + " at " + Arrays.stream(e.getStackTrace()).limit(6).toList());
        }
    }

    /** The ways real feeds damage a page's text. */
    enum Mangling {
        /** UTF-8 bytes read as Windows-1252 (the classic "Ã©" mojibake). */
        UTF8_READ_AS_WINDOWS_1252 {
            @Override
            String apply(String html, Random random) {
                return new String(html.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
            }
        },
        /** UTF-8 bytes read as Latin-1: C1 control characters wherever the page had non-ASCII text. */
        UTF8_READ_AS_LATIN_1 {
            @Override
            String apply(String html, Random random) {
                return new String(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        },
        /** One byte in 300 flipped at random, then decoded as UTF-8 (invalid sequences become U+FFFD). */
        BYTE_FLIPS {
            @Override
            String apply(String html, Random random) {
                byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                for (int i = random.nextInt(300); i < bytes.length; i += 1 + random.nextInt(600)) {
                    bytes[i] ^= (byte) (1 << random.nextInt(8));
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        },
        /** Halves of surrogate pairs with no other half, as a cut between UTF-16 units leaves them. */
        LONE_SURROGATES {
            @Override
            String apply(String html, Random random) {
                return sprinkle(html, random, "\uD83D\uDE00\uDBFF\uDFFF", 2_000);
            }
        },
        /** NULs, escape and other control characters, C1 controls, directional overrides, non-characters. */
        CONTROL_CHARACTERS {
            @Override
            String apply(String html, Random random) {
                return sprinkle(html, random, "\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u001F\u007F\u0085\u0092\u009F"
                        + "\u200B\u200E\u202E\u2028\u2029\u2066\uFFFE\uFFFF", 1_000);
            }
        },
        /** Byte-order marks at the start (as text and as misread bytes) and pasted in the middle. */
        BYTE_ORDER_MARKS {
            @Override
            String apply(String html, Random random) {
                return "\uFEFFï»¿" + sprinkle(html, random, "\uFEFF", 5_000);
            }
        },
        /** Absurd nesting inserted at a random point, never closed. */
        ABSURD_NESTING {
            @Override
            String apply(String html, Random random) {
                int at = random.nextInt(html.length() + 1);
                return html.substring(0, at) + "<div><span><b><i><a href=\"#\"><table><tr><td>".repeat(3_000) + html.substring(at);
            }
        };

        abstract String apply(String html, Random random);

        /** About {@code text.length() / every} characters from {@code chars} inserted at random places. */
        static String sprinkle(String text, Random random, String chars, int every) {
            StringBuilder out = new StringBuilder(text.length() + text.length() / every + 16);
            int from = 0;
            while (from < text.length()) {
                int to = Math.min(text.length(), from + 1 + random.nextInt(2 * every));
                out.append(text, from, to).append(chars.charAt(random.nextInt(chars.length())));
                from = to;
            }
            return out.toString();
        }
    }

    private static String randomLetters(Random random, int length) {
        return randomFrom(random, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßéèçñøåæ", length);
    }

    private static String randomFrom(Random random, String chars, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = chars.charAt(random.nextInt(chars.length()));
        }
        return new String(out);
    }

    private static String randomWords(Random random, String letters, int words) {
        StringBuilder out = new StringBuilder(words * 6);
        for (int w = 0; w < words; w++) {
            out.append(randomFrom(random, letters, 2 + random.nextInt(7))).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return out.toString();
    }

    /** Code points drawn from the given ranges (pairs of first and last). */
    private static String randomCodePoints(Random random, int[] ranges, int count) {
        StringBuilder out = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) {
            int r = 2 * random.nextInt(ranges.length / 2);
            out.appendCodePoint(ranges[r] + random.nextInt(ranges[r + 1] - ranges[r] + 1));
            if (random.nextInt(8) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /**
     * The corpus beside the repository ({@code ../shared/corpora}, relative to its root), or null.
     * {@code -Dnewsflow.corpora=DIR} points elsewhere.
     */
    static Path corpus() {
        String configured = System.getProperty("newsflow.corpora");
        if (configured != null) {
            Path dir = Path.of(configured).resolve(CORPUS);
            return Files.isDirectory(dir) ? dir : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("enrich-core"))) {
                Path corpus = dir.resolve("../shared/corpora").resolve(CORPUS).normalize();
                return Files.isDirectory(corpus) ? corpus : null;
            }
        }
        return null;
    }
}
