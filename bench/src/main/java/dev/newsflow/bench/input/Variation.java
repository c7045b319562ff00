package dev.newsflow.bench.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another version of a real text, so that cycling a corpus does not feed the pipeline copies: the
 * sentences of each block in a shuffled order, and in every sentence one word (of four letters or
 * more) and about one more in {@value #SUBSTITUTE_ONE_IN} replaced by another word of the same
 * text, so the language and the word shapes stay those of the original. Versions differ from each
 * other and from the original far beyond the read store's near-duplicate distance, and a sentence
 * almost never comes back unchanged, so the per-source learner does not take a source's stories
 * for its boilerplate (its furniture still recurs, as in a real feed).
 */
final class Variation {

    static final int SUBSTITUTE_ONE_IN = 10;
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private final Random random;

    Variation(long seed) {
        this.random = new Random(seed);
    }

    /** The lines varied; the vocabulary of substitutes is the words of these lines. */
    List<String> lines(List<String> lines) {
        List<String> vocabulary = vocabulary(lines);
        List<String> varied = new ArrayList<>(lines.size());
        for (String line : lines) {
            List<String> sentences = new ArrayList<>(Sentences.split(line));
            if (sentences.size() > 1) {
                Collections.shuffle(sentences, random);
            }
            sentences.replaceAll(sentence -> words(sentence, vocabulary));
            varied.add(String.join(" ", sentences));
        }
        return varied;
    }

    /** A sentence (or title) with one of its words, and about one in ten more, replaced by words of the vocabulary. */
    String words(String line, List<String> vocabulary) {
        if (vocabulary.isEmpty()) {
            return line;
        }
        Matcher m = WORD.matcher(line);
        int words = 0;
        while (m.find()) {
            words++;
        }
        int always = words > 0 ? random.nextInt(words) : -1;
        m.reset();
        StringBuilder out = new StringBuilder(line.length() + 16);
        int at = 0;
        for (int w = 0; m.find(); w++) {
            if (w == always || random.nextInt(SUBSTITUTE_ONE_IN) == 0) {
                out.append(line, at, m.start()).append(sameCase(m.group(), vocabulary.get(random.nextInt(vocabulary.size()))));
                at = m.end();
            }
        }
        return out.append(line, at, line.length()).toString();
    }

    static List<String> vocabulary(List<String> lines) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(words);
    }

    private static String sameCase(String original, String word) {
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}
