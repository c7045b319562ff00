package dev.newsflow.enrichment.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Quote;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import dev.newsflow.enrichment.language.MultilingualCorpus.Article;
import dev.newsflow.enrichment.lexicon.WordLists;
import dev.newsflow.enrichment.text.SentenceSplitter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The language-dependent enrichment measured on real articles in several languages: the story text
 * of the development corpus's news pages (skipped when {@code ../shared/corpora} is absent) and
 * the Wikinews articles shipped under {@code src/test/resources/multilingual}. Prints, per
 * language: language right on the article, on its title alone and on its first two sentences; the
 * share of keywords that start or end with a stop word of the language or are site furniture; the
 * share of summary sentences that are real sentences of the article; quotations found and how many
 * have a speaker; and, for text without spaces, words, sentences and reading time. Run with
 * {@code ./mvnw -B -q -ntp -pl enrich-core -am test -Dtest=MultilingualEvaluationTests
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dmultilingual.verbose=true} prints every
 * article's keywords, summary and quotations; {@code -Dmultilingual.extra=DIR} adds the articles of a local
 * folder ({@code <lang>-<n>.txt}, as under {@code multilingual/}) that cannot be shipped.
 */
class MultilingualEvaluationTests {

    private static final boolean VERBOSE = Boolean.getBoolean("multilingual.verbose");

    /** Words that say "this came from the page around the story", in the languages measured. */
    private static final Set<String> FURNITURE = Set.of("photo", "photos", "foto", "fotos", "bild", "bilder",
            "image", "images", "getty", "credit", "crédit", "crédito", "copyright", "newsletter", "facebook", "twitter",
            "whatsapp", "instagram", "linkedin", "share", "partager", "compartir", "compartilhar", "condividi",
            "teilen", "abonnieren", "abonnez", "suscríbete", "assine", "iscriviti", "lire", "leer", "leia",
            "weiterlesen", "publicidad", "publicité", "anzeige", "werbung", "pubblicità", "publicidade", "cookie",
            "cookies", "highlights", "comentarios", "commentaires", "kommentare", "commenti", "comentários");

    private static final class Tally {
        int articles;
        int languageRight;
        final int[] title = new int[3]; // right, und, wrong
        final int[] twoSentences = new int[3];
        int keywords;
        int badKeywords;
        int summarySentences;
        int realSummarySentences;
        int summaries;
        int quotes;
        int quotesWithSpeaker;
    }

    @Test
    void languageDependentEnrichmentOnRealArticles() {
        List<Article> articles = new ArrayList<>(MultilingualCorpus.wikinews());
        articles.addAll(MultilingualCorpus.extra());
        Path pages = MultilingualCorpus.pagesDir().orElse(null);
        if (pages != null) {
            new TreeMap<>(MultilingualCorpus.NON_ENGLISH_NEWS)
                    .forEach((name, language) -> articles.add(MultilingualCorpus.page(pages, name, language)));
            for (String name : MultilingualCorpus.ENGLISH_NEWS) {
                articles.add(MultilingualCorpus.page(pages, name, "en"));
            }
        } else {
            System.out.println("../shared/corpora is absent: measuring the shipped Wikinews articles only");
        }
        Assumptions.assumeFalse(articles.isEmpty(), "no multilingual articles to measure");

        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        LanguageIdentifier identifier = new LanguageIdentifier();
        Map<String, Tally> byLanguage = new TreeMap<>();
        List<String> wrongSummaries = new ArrayList<>();
        int n = 0;
        for (Article a : articles) {
            Tally t = byLanguage.computeIfAbsent(a.language(), k -> new Tally());
            t.articles++;
            EnrichedArticle e = enricher.enrich(new RawArticle(null, null, "multilingual-" + (n++), a.title(), a.body(),
                    RawArticle.TEXT_PLAIN, null, null, null, Map.of()), new ArticleContext(a.name(), 1, Instant.EPOCH));
            t.languageRight += a.language().equals(e.language()) ? 1 : 0;
            count(t.title, a.language(), a.title() == null ? "und" : identifier.identify(a.title(), null).language());
            count(t.twoSentences, a.language(), identifier.identify(firstSentences(a, 2), null).language());

            Set<String> stop = stopWords(a.language());
            for (String k : e.keywords()) {
                t.keywords++;
                t.badKeywords += isBad(k, stop) ? 1 : 0;
            }
            if (e.summary() != null && !e.summary().isEmpty()) {
                t.summaries++;
                for (String s : summarySentences(e.summary(), a)) {
                    t.summarySentences++;
                    if (isRealSentence(s, a.language())) {
                        t.realSummarySentences++;
                    } else {
                        wrongSummaries.add(a.name() + ": " + s);
                    }
                }
            }
            for (Quote q : e.quotes()) {
                t.quotes++;
                t.quotesWithSpeaker += q.speaker() != null ? 1 : 0;
            }
            if (VERBOSE || isUnspaced(a.language())) {
                System.out.printf(Locale.ROOT, "%-24s %s->%s words %d sentences %d reading %d min%n", a.name(),
                        a.language(), e.language(), e.wordCount(), e.sentenceCount(), e.readingTimeMinutes());
            }
            if (VERBOSE) {
                System.out.println("  keywords: " + e.keywords());
                System.out.println("  summary: " + e.summary());
                e.quotes().forEach(q -> System.out.println("  quote: [" + q.speaker() + "] " + q.text()));
            }
        }

        System.out.println("lang  articles  language  title r/und/wrong  2 sentences r/und/wrong  keywords  bad"
                + "   summary sentences real  quotes (with speaker)");
        Tally all = new Tally();
        Tally nonEnglish = new Tally();
        for (Map.Entry<String, Tally> entry : byLanguage.entrySet()) {
            Tally t = entry.getValue();
            print(entry.getKey(), t);
            add(all, t);
            if (!entry.getKey().equals("en")) {
                add(nonEnglish, t);
            }
        }
        print("!en", nonEnglish);
        print("all", all);
        wrongSummaries.forEach(s -> System.out.println("summary sentence not from the article: " + s));

        // floors just under today's figures: every article's language right, no more than one keyword
        // in ten a stop or furniture word, nine summary sentences in ten real sentences of the article
        assertThat(all.languageRight).as("articles whose language is right").isEqualTo(all.articles);
        assertThat(nonEnglish.badKeywords * 10).as("stop or furniture keywords, not English")
                .isLessThanOrEqualTo(nonEnglish.keywords);
        assertThat(all.realSummarySentences * 10).as("summary sentences that are real sentences")
                .isGreaterThanOrEqualTo(all.summarySentences * 9);
    }

    private static void print(String language, Tally t) {
        System.out.printf(Locale.ROOT, "%-5s %8d  %7s  %3d/%d/%d %13s %3d/%d/%d %11s %9d  %5s  %11d  %5s  %6d (%d)%n",
                language, t.articles, share(t.languageRight, t.articles), t.title[0], t.title[1], t.title[2], "",
                t.twoSentences[0], t.twoSentences[1], t.twoSentences[2], "", t.keywords, share(t.badKeywords, t.keywords),
                t.summarySentences, share(t.realSummarySentences, t.summarySentences), t.quotes, t.quotesWithSpeaker);
    }

    private static void add(Tally to, Tally t) {
        to.articles += t.articles;
        to.languageRight += t.languageRight;
        for (int i = 0; i < 3; i++) {
            to.title[i] += t.title[i];
            to.twoSentences[i] += t.twoSentences[i];
        }
        to.keywords += t.keywords;
        to.badKeywords += t.badKeywords;
        to.summarySentences += t.summarySentences;
        to.realSummarySentences += t.realSummarySentences;
        to.summaries += t.summaries;
        to.quotes += t.quotes;
        to.quotesWithSpeaker += t.quotesWithSpeaker;
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static void count(int[] tally, String expected, String got) {
        tally[expected.equals(got) ? 0 : "und".equals(got) ? 1 : 2]++;
    }

    private static String firstSentences(Article a, int wanted) {
        List<String> out = new ArrayList<>();
        for (String p : a.paragraphs()) {
            for (String s : SentenceSplitter.split(p)) {
                if (out.size() < wanted && s.length() > 20) {
                    out.add(s);
                }
            }
        }
        return String.join(" ", out);
    }

    /** The judge's stop words: Snowball's list for the language, the project's own for English. */
    private static Set<String> stopWords(String language) {
        if (language.equals("en")) {
            Set<String> english = new HashSet<>();
            for (String line : WordLists.lines(WordLists.class, "stopwords.txt")) {
                english.addAll(List.of(line.split("\\s+")));
            }
            return english;
        }
        if (WordLists.class.getResource("stopwords/" + language + ".txt") == null) {
            return Set.of();
        }
        return WordLists.load(WordLists.class, "stopwords/" + language + ".txt");
    }

    /** Starts or ends with a stop word (elided articles such as l' count), or holds a furniture word. */
    static boolean isBad(String keyword, Set<String> stop) {
        String[] words = keyword.toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s']+");
        if (words.length == 0) {
            return true;
        }
        for (String w : words) {
            if (FURNITURE.contains(w)) {
                return true;
            }
        }
        return stop.contains(words[0]) || stop.contains(words[words.length - 1]);
    }

    /**
     * The summary cut back into the article's sentences (each paragraph split as cleaning splits
     * it), longest match first; a stretch that is no sentence of the article is returned marked
     * with a leading {@code "?"}.
     */
    static List<String> summarySentences(String summary, Article article) {
        List<String> known = new ArrayList<>();
        for (String p : article.paragraphs()) {
            for (String line : p.split("\n")) {
                for (String s : SentenceSplitter.split(line.strip())) {
                    known.add(normalize(s));
                }
            }
        }
        known.sort((x, y) -> y.length() - x.length());
        List<String> out = new ArrayList<>();
        String rest = normalize(summary);
        while (!rest.isEmpty()) {
            String match = null;
            for (String k : known) {
                if (!k.isEmpty() && (rest.startsWith(k) || cutMatches(rest, k))) {
                    match = k;
                    break;
                }
            }
            if (match == null) {
                out.add("?" + rest);
                break;
            }
            int length = rest.startsWith(match) ? match.length() : rest.indexOf('…') + 1;
            out.add(rest.substring(0, length));
            rest = rest.substring(length).strip();
        }
        return out;
    }

    /** A sentence the summary cut short and ended with "…". */
    private static boolean cutMatches(String rest, String sentence) {
        int ellipsis = rest.indexOf('…');
        return ellipsis > 40 && sentence.startsWith(rest.substring(0, ellipsis).strip());
    }

    /** A sentence of the article, with at least four words and a sentence's end. */
    static boolean isRealSentence(String sentence, String language) {
        if (sentence.startsWith("?")) {
            return false;
        }
        String s = sentence.endsWith("…") ? sentence.substring(0, sentence.length() - 1) : sentence;
        boolean ends = sentence.endsWith("…") || ".!?…。！？»\"”’)」".indexOf(s.charAt(s.length() - 1)) >= 0;
        return ends && (isUnspaced(language) ? s.length() >= 8 : s.split(" ").length >= 4);
    }

    private static boolean isUnspaced(String languageOrText) {
        if (languageOrText.equals("zh") || languageOrText.equals("ja")) {
            return true;
        }
        long han = languageOrText.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA).count();
        return han * 3 > languageOrText.length();
    }

    private static String normalize(String s) {
        return String.join(" ", s.replace('’', '\'').replace('\u3000', ' ').replace('\u00a0', ' ').strip()
                .split("\\s+"));
    }
}
