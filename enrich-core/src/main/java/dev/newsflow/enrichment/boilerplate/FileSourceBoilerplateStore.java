package dev.newsflow.enrichment.boilerplate;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory store made durable: the whole (bounded) state is written to
 * {@value #FILE_NAME} in its directory at most every {@code flushInterval} by whichever thread
 * observes next, and on {@link #flush()} / {@link #close()}. Each write goes to a temporary file
 * that is then atomically renamed, so a crash leaves the previous complete state; a damaged file
 * (checksum) is set aside and learning starts over rather than failing enrichment. At most one
 * interval of learning is lost on a crash, which only delays boilerplate detection.
 */
public final class FileSourceBoilerplateStore extends InMemorySourceBoilerplateStore {

    static final String FILE_NAME = "source-boilerplate.bin";
    private static final int MAGIC = 0x4e46_5342; // "NFSB"
    /** 2 adds each source's lead sentences; files of format 1 are read as they are, with no leads yet. */
    private static final int FORMAT = 2;
    private static final Logger log = LoggerFactory.getLogger(FileSourceBoilerplateStore.class);

    private final Path file;
    private final Duration flushInterval;
    private final Clock clock;
    private final ReentrantLock flushing = new ReentrantLock();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicLong lastFlushMillis;

    private FileSourceBoilerplateStore(Path directory, StoreLimits limits, Duration flushInterval, Clock clock) {
        super(limits);
        this.file = directory.resolve(FILE_NAME);
        this.flushInterval = flushInterval;
        this.clock = clock;
        this.lastFlushMillis = new AtomicLong(clock.millis());
    }

    /** Opens (creating when missing) the store kept in {@code directory}. */
    public static FileSourceBoilerplateStore open(Path directory, StoreLimits limits, Duration flushInterval) {
        return open(directory, limits, flushInterval, Clock.systemUTC());
    }

    public static FileSourceBoilerplateStore open(Path directory) {
        return open(directory, StoreLimits.DEFAULT, Duration.ofSeconds(30));
    }

    static FileSourceBoilerplateStore open(Path directory, StoreLimits limits, Duration flushInterval, Clock clock) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create state directory " + directory, e);
        }
        FileSourceBoilerplateStore store = new FileSourceBoilerplateStore(directory, limits, flushInterval, clock);
        store.load();
        return store;
    }

    @Override
    public int[] observe(String source, String articleId, long[] sentenceHashes, long[] leadHashes) {
        int[] counts = super.observe(source, articleId, sentenceHashes, leadHashes);
        dirty.set(true);
        long now = clock.millis();
        if (now - lastFlushMillis.get() >= flushInterval.toMillis() && flushing.tryLock()) {
            try {
                writeState();
            } finally {
                flushing.unlock();
            }
        }
        return counts;
    }

    @Override
    public void flush() {
        flushing.lock();
        try {
            writeState();
        } finally {
            flushing.unlock();
        }
    }

    Path file() {
        return file;
    }

    private void writeState() {
        lastFlushMillis.set(clock.millis());
        if (!dirty.getAndSet(false)) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeTo(out);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp))) {
                bytes.writeTo(os);
            }
            move(temp);
        } catch (IOException e) {
            dirty.set(true);
            // learning state only: losing a write delays detection, it must not stop enrichment
            log.warn("Could not write source boilerplate state to {}: {}", file, e.toString());
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length < 16) {
                throw new IOException("truncated");
            }
            CRC32 crc = new CRC32();
            crc.update(content, 0, content.length - 8);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(content));
            int format = in.readInt() == MAGIC ? in.readInt() : -1;
            if (format != 1 && format != FORMAT) {
                throw new IOException("not a source boilerplate state file");
            }
            long expected = ByteBuffer.wrap(content, content.length - 8, 8).getLong();
            if (expected != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            readFrom(in, format);
        } catch (IOException | RuntimeException e) {
            clear();
            Path aside = file.resolveSibling(FILE_NAME + ".corrupt");
            log.warn("Ignoring unreadable source boilerplate state {} ({}); moved to {}", file, e.toString(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailure) {
                log.warn("Could not move {} aside: {}", file, moveFailure.toString());
            }
        }
    }
}
