package dev.newsflow.tools.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Embeds every word of a list with all-MiniLM-L6-v2 and writes the vectors: the "static" embedding
 * of a word is the sentence embedding of a short text about it ("news about WORD", see
 * {@link #TEMPLATE}). The category trainer reads the result.
 * <p>
 * Usage: {@code EmbedWords OUT.bin.gz [EXTRA_WORDS.txt]}. The words are the model's own whole-word
 * vocabulary (lower-case letters only, at least three) plus any extra words (one a line). Output,
 * gzipped: int count, int dimensions, then per word its UTF string and {@code dimensions} floats.
 */
public final class EmbedWords {

    private static final int BATCH = 256;
    /**
     * The text each word is embedded in ({@code %s} is the word). "news about WORD" gave the category
     * model better word vectors than the word alone (cross-validated on the real labelled news: 79% against
     * 75%): the context pulls an ambiguous word towards its news sense.
     */
    private static final String TEMPLATE = System.getProperty("template", "news about %s");
    private static final Pattern ENTRY = Pattern.compile("\"([^\"\\\\]+)\":\\s*\\d+");

    private EmbedWords() {
    }

    /** The whole words of the model's WordPiece vocabulary, in its order (roughly by frequency). */
    static List<String> vocabulary() throws IOException {
        String json;
        try (InputStream in = EmbedWords.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = json.indexOf("\"vocab\"");
        Matcher m = ENTRY.matcher(json);
        m.region(start, json.length());
        List<String> words = new ArrayList<>();
        while (m.find()) {
            String w = m.group(1);
            if (w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                words.add(w);
            }
        }
        return words;
    }

    public static void main(String[] args) throws IOException {
        Set<String> unique = new LinkedHashSet<>(vocabulary());
        if (args.length > 1) {
            for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    unique.add(w);
                }
            }
        }
        List<String> words = new ArrayList<>(unique);
        AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        try (OutputStream file = Files.newOutputStream(Path.of(args[0]));
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(file))) {
            out.writeInt(words.size());
            out.writeInt(model.dimension());
            for (int start = 0; start < words.size(); start += BATCH) {
                List<String> batch = words.subList(start, Math.min(words.size(), start + BATCH));
                List<TextSegment> segments = batch.stream().map(w -> TextSegment.from(TEMPLATE.formatted(w))).toList();
                List<Embedding> vectors = model.embedAll(segments).content();
                for (int i = 0; i < batch.size(); i++) {
                    out.writeUTF(batch.get(i));
                    for (float f : vectors.get(i).vector()) {
                        out.writeFloat(f);
                    }
                }
                if (start % (BATCH * 20) == 0) {
                    System.err.println(start + " / " + words.size());
                }
            }
        }
    }
}
