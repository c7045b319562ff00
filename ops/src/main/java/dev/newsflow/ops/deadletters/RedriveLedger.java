package dev.newsflow.ops.deadletters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which dead letters were already redriven, so that a second redrive of the same selection sends
 * nothing. One tab-separated line per redriven record (dead-letter topic, partition, offset, where
 * it went, when), appended and forced to disk only after the broker acknowledged the resend. It lives
 * beside the broker's data (.newsflow/data), so `./newsflow reset` forgets both together.
 */
final class RedriveLedger {

    private final Path file;
    private final Set<String> done = new HashSet<>();

    RedriveLedger(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length >= 3) {
                        done.add(f[0] + "\t" + f[1] + "\t" + f[2]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the redrive ledger " + file, e);
            }
        }
    }

    boolean contains(TopicRecord letter) {
        return done.contains(keyOf(letter));
    }

    void record(List<String[]> sent) {
        if (sent.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (String[] s : sent) {
            lines.append(String.join("\t", s)).append('\t').append(Instant.now()).append('\n');
            done.add(s[0] + "\t" + s[1] + "\t" + s[2]);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the redrive ledger " + file, e);
        }
    }

    static String keyOf(TopicRecord letter) {
        return letter.topic() + "\t" + letter.partition() + "\t" + letter.offset();
    }

    Path file() {
        return file;
    }
}
