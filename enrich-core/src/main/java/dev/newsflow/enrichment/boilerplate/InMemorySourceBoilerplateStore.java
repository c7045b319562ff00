package dev.newsflow.enrichment.boilerplate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** A bounded store that forgets everything on restart: for tests, the benchmark and one-off runs. */
public class InMemorySourceBoilerplateStore implements SourceBoilerplateStore {

    private final StoreLimits limits;
    private final LinkedHashMap<String, SourceTable> sources;

    public InMemorySourceBoilerplateStore() {
        this(StoreLimits.DEFAULT);
    }

    public InMemorySourceBoilerplateStore(StoreLimits limits) {
        this.limits = limits;
        this.sources = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SourceTable> eldest) {
                return size() > limits.maxSources();
            }
        };
    }

    @Override
    public int[] observe(String source, String articleId, long[] sentenceHashes) {
        return observe(source, articleId, sentenceHashes, new long[0]);
    }

    @Override
    public int[] observe(String source, String articleId, long[] sentenceHashes, long[] leadHashes) {
        int[] counts = new int[sentenceHashes.length];
        if (sentenceHashes.length == 0 && leadHashes.length == 0) {
            return counts;
        }
        SourceTable table = table(source);
        synchronized (table) {
            int story = table.story(leadHashes, articleHash(articleId));
            for (int i = 0; i < sentenceHashes.length; i++) {
                counts[i] = table.observe(sentenceHashes[i], story);
            }
        }
        return counts;
    }

    /** Number of sources currently tracked. */
    public int sourceCount() {
        synchronized (sources) {
            return sources.size();
        }
    }

    /** Number of sentences currently tracked for a source. */
    public int sentenceCount(String source) {
        return count(source, SourceTable::size);
    }

    private SourceTable table(String source) {
        synchronized (sources) {
            return sources.computeIfAbsent(source, s -> new SourceTable(limits));
        }
    }

    static int articleHash(String articleId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < articleId.length(); i++) {
            h = (h ^ articleId.charAt(i)) * 0x100000001b3L;
        }
        return (int) (h ^ (h >>> 32));
    }

    /** Number of lead sentences currently remembered for a source (bounded like its sentences). */
    public int leadCount(String source) {
        return count(source, SourceTable::leadCount);
    }

    private int count(String source, ToIntFunction<SourceTable> measure) {
        SourceTable table;
        synchronized (sources) {
            table = sources.get(source);
        }
        if (table == null) {
            return 0;
        }
        synchronized (table) {
            return measure.applyAsInt(table);
        }
    }

    void writeTo(DataOutput out) throws IOException {
        List<Map.Entry<String, SourceTable>> snapshot;
        synchronized (sources) {
            snapshot = new ArrayList<>(sources.entrySet());
        }
        out.writeInt(snapshot.size());
        for (Map.Entry<String, SourceTable> e : snapshot) {
            out.writeUTF(e.getKey());
            synchronized (e.getValue()) {
                e.getValue().write(out);
            }
        }
    }

    void clear() {
        synchronized (sources) {
            sources.clear();
        }
    }

    /** @param format the file format the state was written in (1: without lead sentences) */
    void readFrom(DataInput in, int format) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("corrupt source count");
        }
        for (int i = 0; i < count; i++) {
            String source = in.readUTF();
            SourceTable table = new SourceTable(limits);
            table.read(in, format);
            synchronized (sources) {
                sources.put(source, table);
            }
        }
    }
}
