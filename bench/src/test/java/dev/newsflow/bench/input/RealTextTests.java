package dev.newsflow.bench.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.fingerprint.SimHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealTextTests {

    @TempDir
    static Path dir;
    static RealCorpus corpus;

    /** Two sites: "alpha" with two pages, "beta" with one; each story long enough for one or two pieces. */
    @BeforeAll
    static void corpus() throws IOException {
        page("alpha-1", "Alpha one", 2);
        page("alpha-2", "Alpha two", 1);
        page("beta", "Beta", 1);
        corpus = RealCorpus.read(dir);
    }

    @Test
    void storiesAreCutIntoArticleSizedPiecesWithTheirPagesFurniture() {
        assertThat(corpus.pages()).extracting(RealCorpus.Page::name).containsExactly("alpha-1", "alpha-2", "beta");
        assertThat(corpus.pieces()).extracting(RealCorpus.Piece::page).containsExactly("alpha-1", "alpha-1", "alpha-2", "beta");
        assertThat(corpus.pieces()).allSatisfy(piece -> {
            assertThat(String.join("\n", piece.story()).length()).isBetween(RealCorpus.MIN_PIECE_CHARS, RealCorpus.MAX_PIECE_CHARS);
            assertThat(piece.before()).contains("Home World Sport Contact");
            assertThat(piece.after()).contains("Copyright 2026 The Daily Example. All rights reserved.");
            assertThat(piece.inside()).containsExactly("Advertisement");
            assertThat(piece.story()).noneMatch(line -> line.contains("Advertisement") || line.contains("Home World"));
        });
        assertThat(corpus.pieces().get(0).title()).isEqualTo("Alpha one (1)");
        assertThat(corpus.pieces().get(2).title()).isEqualTo("Alpha two");
    }

    @Test
    void pagesAreSelectedBySize() {
        assertThat(corpus.pages(0, Integer.MAX_VALUE)).hasSize(3);
        assertThat(corpus.pages(Integer.MAX_VALUE - 1, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void theFeedTakesTheSitesInTurnAndSendsTheOriginalsFirst() {
        RealText text = new RealText(corpus, RealText.Shape.STORY, 1);
        List<RawArticle> articles = take(text, 8);

        assertThat(articles).extracting(RawArticle::source)
                .containsExactly("alpha", "beta", "alpha", "alpha", "alpha", "beta", "alpha", "alpha");
        assertThat(articles.get(0).body()).isEqualTo(String.join("\n\n", RealText.interleaved(corpus.pieces()).get(0).story()));
        assertThat(articles.get(4).body()).isNotEqualTo(articles.get(0).body());
        assertThat(articles).extracting(RawArticle::id).doesNotHaveDuplicates();
        assertThat(articles).allSatisfy(a -> assertThat(a.contentType()).isEqualTo(RawArticle.TEXT_PLAIN));
    }

    @Test
    void sameSeedSameArticles() {
        assertThat(take(new RealText(corpus, RealText.Shape.MIXED, 5), 20))
                .isEqualTo(take(new RealText(corpus, RealText.Shape.MIXED, 5), 20))
                .isNotEqualTo(take(new RealText(corpus, RealText.Shape.MIXED, 6), 20));
    }

    @Test
    void theScrapedShapeIsOneBlockPerLineWithTheFurnitureAroundAndInside() {
        RawArticle scraped = new RealText(corpus, RealText.Shape.SCRAPED, 1).next();
        List<String> lines = scraped.body().lines().toList();

        assertThat(lines.get(0)).isEqualTo("Home World Sport Contact");
        assertThat(lines.get(1)).isEqualTo(scraped.title());
        assertThat(lines).contains("Advertisement");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Copyright 2026 The Daily Example. All rights reserved.");
        assertThat(scraped.body()).doesNotContain("\n\n");
    }

    @Test
    void variedCopiesAreNoNearDuplicatesAndShareFewSentences() {
        RealText text = new RealText(corpus, RealText.Shape.STORY, 3);
        int pieces = corpus.pieces().size();
        List<RawArticle> articles = take(text, pieces * 6);
        for (int p = 0; p < pieces; p++) {
            List<Long> hashes = new ArrayList<>();
            Set<String> sentences = new HashSet<>();
            int repeated = 0;
            int total = 0;
            for (int pass = 0; pass < 6; pass++) {
                String body = articles.get(pass * pieces + p).body();
                hashes.add(SimHash.of(body));
                for (String sentence : Sentences.split(body.replace("\n\n", " "))) {
                    total++;
                    repeated += sentences.add(sentence) ? 0 : 1;
                }
            }
            for (int a = 0; a < hashes.size(); a++) {
                for (int b = a + 1; b < hashes.size(); b++) {
                    // the read store links articles within Hamming distance 3 as near-duplicates
                    assertThat(SimHash.hammingDistance(hashes.get(a), hashes.get(b))).isGreaterThan(3);
                }
            }
            assertThat(repeated).isLessThan(total / 10);
        }
    }

    @Test
    void aCorpusWithoutArticleSizedTextIsRefused(@TempDir Path empty) throws IOException {
        Path folder = Files.createDirectories(empty.resolve("short"));
        Files.writeString(folder.resolve("source.html"), "<html><body><p>Too short.</p></body></html>");
        Files.writeString(folder.resolve("expected.html"), "<p>Too short.</p>");

        assertThatThrownBy(() -> new RealText(RealCorpus.read(empty), RealText.Shape.STORY, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no story text of article size");
    }

    private static List<RawArticle> take(RealText text, int count) {
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(text.next());
        }
        return articles;
    }

    /** A sentence of 12 to 20 made-up words (of a fixed vocabulary), as varied as prose. */
    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        int words = 12 + random.nextInt(9);
        for (int w = 0; w < words; w++) {
            String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sentence.append('.').toString();
    }

    private static final String[] VOCABULARY = vocabulary();

    private static String[] vocabulary() {
        Random random = new Random(7);
        String[] words = new String[400];
        for (int i = 0; i < words.length; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(8);
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        return words;
    }

    /** A page with a menu, the story in paragraphs with an advertisement between them, and a footer. */
    private static void page(String name, String title, int pieces) throws IOException {
        StringBuilder story = new StringBuilder();
        Random random = new Random(name.hashCode());
        int paragraphs = pieces == 1 ? 8 : 12;
        for (int i = 0; i < paragraphs; i++) {
            story.append("<p>");
            for (int s = 0; s < 4; s++) {
                story.append(sentence(random)).append(' ');
            }
            story.append("</p>");
            if (i == 2) {
                story.append("<div class=\"ad\">Advertisement</div>");
            }
        }
        String expected = story.toString().replace("<div class=\"ad\">Advertisement</div>", "");
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("source.html"), "<html><head><title>" + title + "</title></head><body>"
                + "<nav>Home World Sport Contact</nav><h1>" + title + "</h1><article>" + story + "</article>"
                + "<footer>Copyright 2026 The Daily Example. All rights reserved.</footer></body></html>");
        Files.writeString(folder.resolve("expected.html"), "<div>" + expected + "</div>");
        Files.writeString(folder.resolve("expected-metadata.json"), "{\"title\": \"" + title + "\"}");
    }
}
