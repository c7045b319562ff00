package dev.newsflow.enrichment.summary;

import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.Lexicon;
import dev.newsflow.enrichment.lexicon.Limits;
import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.TokenizedText;
import dev.newsflow.enrichment.lexicon.WordLists;
import dev.newsflow.enrichment.text.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An extractive summary: one to three sentences of the cleaned text, in their original order
 * (one for articles of up to two sentences, two up to five, three beyond). Sentences score by the
 * article-wide frequency of their content words (ordinary vocabulary weighing less), their overlap
 * with the title, and their position (news puts the gist first); very short or very long sentences,
 * questions, headline-case lines and lines that do not end as a sentence does (headings, captions,
 * credits, a line ending in a colon) score lower, and a sentence that mostly repeats an already
 * chosen one or the title is skipped. Null only when the article has no sentences.
 * <p>
 * Content words are those of the text's language for the languages of {@link Lexicon#ANALYSED}.
 * Text in any other language, or whose language is undetermined, gets the lead instead: its first
 * sentences that read as sentences, as many as above. News puts the gist first, so the lead is a
 * fair summary in any language, and it needs no word lists.
 * <p>
 * Thread-safe: all state is per call.
 */
public final class Summarizer {

    /** Longest sentence quoted whole; a longer one (a scraped page in one line) is cut at a space. */
    static final int MAX_SENTENCE_CHARS = 400;
    /** The summary stops growing past this many characters. */
    static final int MAX_SUMMARY_CHARS = 600;
    /** Sentences considered: a summary never comes from deep in a long article. */
    private static final int MAX_CANDIDATES = 60;

    public Summarizer() {
    }

    public String summarize(TextAnalysis text) {
        if (!Lexicon.isAnalysed(text.language())) {
            return lead(Limits.sentences(text));
        }
        TokenizedText tokenized = TokenizedText.of(text);
        List<String> sentences = tokenized.sentences();
        int n = Math.min(sentences.size(), MAX_CANDIDATES);
        if (n == 0) {
            return null;
        }
        ContentWords content = new ContentWords(tokenized.tokens().subList(0, n));
        int[][] words = new int[n][];
        for (int i = 0; i < n; i++) {
            words[i] = content.distinct(tokenized.tokens().get(i));
            for (int w : words[i]) {
                content.frequency[w]++;
            }
        }
        boolean[] inTitle = new boolean[content.size()];
        boolean titleHasWords = content.markKnown(tokenized.titleTokens(), inTitle);
        double[] scores = new double[n];
        int wanted = wanted(n);
        boolean[] sentence = new boolean[n];
        int real = 0;
        for (int i = 0; i < n; i++) {
            sentence[i] = endsAsSentence(sentences.get(i));
            real += sentence[i] ? 1 : 0;
        }
        // a heading, caption or credit, or a line leading into a list, is no summary sentence: taken
        // only when the article has too few real sentences
        double notASentence = real >= wanted ? 0.01 : 0.3;
        for (int i = 0; i < n; i++) {
            scores[i] = score(i, tokenized.tokens().get(i), words[i], content, titleOverlap(words[i], inTitle, titleHasWords));
            if (!sentence[i]) {
                scores[i] *= notASentence;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>(wanted);
        int chars = 0;
        for (Integer i : order) {
            if (chosen.size() == wanted || (!chosen.isEmpty() && chars >= MAX_SUMMARY_CHARS)) {
                break;
            }
            if (!chosen.isEmpty() && (titleOverlap(words[i], inTitle, titleHasWords) >= 0.8 || repeats(i, chosen, words))) {
                continue;
            }
            chosen.add(i);
            chars += Math.min(sentences.get(i).length(), MAX_SENTENCE_CHARS);
        }
        chosen.sort(null);
        return join(sentences, chosen);
    }

    /** One sentence for articles of up to two, two up to five, three beyond. */
    private static int wanted(int sentences) {
        return sentences <= 2 ? 1 : sentences <= 5 ? 2 : 3;
    }

    private static String join(List<String> sentences, List<Integer> chosen) {
        StringBuilder summary = new StringBuilder();
        for (int i : chosen) {
            if (summary.length() > 0) {
                summary.append(' ');
            }
            String s = sentences.get(i);
            summary.append(s.length() > MAX_SENTENCE_CHARS ? Limits.cut(s, MAX_SENTENCE_CHARS) + "…" : s);
        }
        return summary.toString();
    }

    /**
     * The language-neutral summary: the first sentences that end as a sentence does and hold a few
     * words (a heading, a dateline or a credit does not), or the first sentence when none does.
     */
    static String lead(List<String> sentences) {
        int n = Math.min(sentences.size(), MAX_CANDIDATES);
        if (n == 0) {
            return null;
        }
        int wanted = wanted(n);
        List<Integer> chosen = new ArrayList<>(wanted);
        int chars = 0;
        for (int i = 0; i < n && chosen.size() < wanted && (chosen.isEmpty() || chars < MAX_SUMMARY_CHARS); i++) {
            String s = sentences.get(i);
            if (endsAsSentence(s) && Words.count(s) >= 5) {
                chosen.add(i);
                chars += Math.min(s.length(), MAX_SENTENCE_CHARS);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(0);
        }
        return join(sentences, chosen);
    }

    /** Ends in a full stop, question or exclamation mark or ellipsis, maybe inside closing quotes or brackets. */
    static boolean endsAsSentence(String sentence) {
        for (int i = sentence.length() - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (".!?…。！？．؟।".indexOf(c) >= 0) {
                return true;
            }
            if ("\"'”’»)]」』）".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static double score(int index, List<Token> tokens, int[] words, ContentWords content, double titleOverlap) {
        int wordCount = 0;
        int capitalised = 0;
        boolean question = false;
        for (Token t : tokens) {
            if (t.isWord()) {
                wordCount++;
                if (t.isCapitalized()) {
                    capitalised++;
                }
            } else if (t.isPunct('?')) {
                question = true;
            }
        }
        if (wordCount == 0) {
            return 0;
        }
        // multiples of 0.5 far below 2^52: the sum is exact, so it does not depend on the words' order
        double sum = 0;
        for (int w : words) {
            sum += (content.common[w] ? 0.5 : 1.0) * content.frequency[w];
        }
        double s = sum / Math.sqrt(Math.max(wordCount, 8));
        s *= 1.0 + titleOverlap;
        s *= 1.0 + 1.0 / (index + 1);
        if (wordCount < 6) {
            s *= 0.3;
        } else if (wordCount > 60) {
            s *= 0.6;
        }
        if (question) {
            s *= 0.5;
        }
        if (wordCount >= 4 && capitalised * 5 >= wordCount * 4) {
            s *= 0.3; // a headline run into the body
        }
        return s;
    }

    /**
     * The content words of the sentences considered, numbered in order of first use, so that a
     * sentence's word set is an int array and a word's frequency an array slot rather than hash
     * sets and maps per sentence.
     */
    private static final class ContentWords {
        private final Map<String, Integer> ids;
        /** Per word: the number of sentences holding it (filled by the caller). */
        final int[] frequency;
        /** Per word: {@link WordLists#isCommon}. */
        final boolean[] common;
        /** Per word: 1 + the last sentence that listed it, so each sentence lists a word once. */
        private final int[] listedIn;
        private int sentence;

        ContentWords(List<List<Token>> sentences) {
            int tokens = 0;
            for (List<Token> t : sentences) {
                tokens += t.size();
            }
            ids = new HashMap<>(Math.max(16, tokens));
            frequency = new int[tokens];
            common = new boolean[tokens];
            listedIn = new int[tokens];
        }

        int size() {
            return ids.size();
        }

        /** The distinct content words of the next sentence, numbering the new ones. */
        int[] distinct(List<Token> tokens) {
            sentence++;
            int[] out = new int[tokens.size()];
            int count = 0;
            for (Token t : tokens) {
                if (isContent(t)) {
                    Integer known = ids.get(t.lower());
                    int id = known != null ? known : ids.size();
                    if (known == null) {
                        ids.put(t.lower(), id);
                        common[id] = WordLists.isCommon(t);
                    }
                    if (listedIn[id] != sentence) {
                        listedIn[id] = sentence;
                        out[count++] = id;
                    }
                }
            }
            return Arrays.copyOf(out, count);
        }

        /** Marks the known content words among the tokens; true when they hold any content word. */
        boolean markKnown(List<Token> tokens, boolean[] marks) {
            boolean any = false;
            for (Token t : tokens) {
                if (isContent(t)) {
                    any = true;
                    Integer id = ids.get(t.lower());
                    if (id != null) {
                        marks[id] = true;
                    }
                }
            }
            return any;
        }

        private static boolean isContent(Token t) {
            return t.isWord() && t.text().length() > 1 && !t.isStopWord() && !t.isGeneric();
        }
    }

    /** Share of the sentence's words that are also in the title. */
    private static double titleOverlap(int[] words, boolean[] inTitle, boolean titleHasWords) {
        if (words.length == 0 || !titleHasWords) {
            return 0;
        }
        int shared = 0;
        for (int w : words) {
            if (inTitle[w]) {
                shared++;
            }
        }
        return (double) shared / words.length;
    }

    /** Share of {@code a}'s words that are also in {@code b}. */
    private static double overlap(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int w : a) {
            for (int v : b) {
                if (w == v) {
                    shared++;
                    break;
                }
            }
        }
        return (double) shared / a.length;
    }

    private static boolean repeats(int i, List<Integer> chosen, int[][] words) {
        for (int c : chosen) {
            if (overlap(words[i], words[c]) >= 0.6) {
                return true;
            }
        }
        return false;
    }
}
