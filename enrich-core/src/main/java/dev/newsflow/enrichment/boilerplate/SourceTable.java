package dev.newsflow.enrichment.boilerplate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One source's sentences and the distinct articles each was seen in. Two LRU segments: candidates
 * (seen in few articles) and confirmed ones, so the steady flow of one-off story sentences only
 * ever evicts other candidates. Not thread-safe: callers lock the instance.
 */
final class SourceTable {

    /** Article id hashes, so a re-enriched article is not counted twice; dropped once saturated. */
    static final class Entry {
        int count;
        int[] articles;

        Entry(int count, int[] articles) {
            this.count = count;
            this.articles = articles;
        }

        /** Adds the article unless already counted; returns the new count. */
        int add(int article) {
            if (count >= SourceBoilerplateStore.MAX_COUNT) {
                return count;
            }
            for (int i = 0; i < count; i++) {
                if (articles[i] == article) {
                    return count;
                }
            }
            if (count == articles.length) {
                articles = Arrays.copyOf(articles, Math.min(SourceBoilerplateStore.MAX_COUNT, count * 2));
            }
            articles[count++] = article;
            if (count >= SourceBoilerplateStore.MAX_COUNT) {
                articles = null;
            }
            return count;
        }
    }

    /** A version of a story is recognised by this many of its lead sentences, at least. */
    static final int MIN_SHARED_LEADS = 2;

    private final StoreLimits limits;
    private final LinkedHashMap<Long, Entry> candidates;
    private final LinkedHashMap<Long, Entry> confirmed;
    /** Lead sentence to the story (the hash of its first article's id) it opened, least recently seen forgotten first. */
    private final LinkedHashMap<Long, Integer> leads;

    SourceTable(StoreLimits limits) {
        this.limits = limits;
        this.candidates = lru(limits.candidatesPerSource());
        this.confirmed = lru(limits.confirmedPerSource());
        this.leads = lru(leadCapacity(limits));
    }

    static int leadCapacity(StoreLimits limits) {
        return Math.max(64, limits.candidatesPerSource() / 2);
    }

    /**
     * The story an article belongs to: the story that opened with the article's first lead
     * sentence and whose leads make up at least {@value #MIN_SHARED_LEADS} and two fifths of the
     * article's lead sentences, else the article itself (two stories that merely share a closing
     * line or a paragraph of furniture are not linked). A lead that already recurs across different stories (furniture that
     * slipped into the story) links nothing. The article's leads are then remembered as its story's.
     */
    int story(long[] leadHashes, int article) {
        int best = article;
        int bestVotes = 0;
        int usable = 0;
        int[] stories = new int[leadHashes.length];
        int[] votes = new int[leadHashes.length];
        int distinct = 0;
        Integer firstStory = null;
        boolean first = true;
        for (long lead : leadHashes) {
            Entry entry = confirmed.get(lead);
            if (entry == null) {
                entry = candidates.get(lead);
            }
            if (entry != null && entry.count >= 2) {
                continue;
            }
            usable++;
            Integer story = leads.get(lead);
            if (first) {
                firstStory = story;
                first = false;
            }
            if (story == null) {
                continue;
            }
            int k = 0;
            while (k < distinct && stories[k] != story) {
                k++;
            }
            if (k == distinct) {
                stories[distinct++] = story;
            }
            if (++votes[k] > bestVotes) {
                bestVotes = votes[k];
                best = story;
            }
        }
        if (bestVotes < MIN_SHARED_LEADS || 5 * bestVotes < 2 * usable || firstStory == null || firstStory != best) {
            best = article;
        }
        for (long lead : leadHashes) {
            leads.putIfAbsent(lead, best);
        }
        return best;
    }

    int leadCount() {
        return leads.size();
    }

    int observe(long sentence, int article) {
        Entry entry = confirmed.get(sentence);
        if (entry != null) {
            return entry.add(article);
        }
        entry = candidates.get(sentence);
        if (entry == null) {
            candidates.put(sentence, new Entry(1, new int[] {article, 0}));
            return 1;
        }
        int count = entry.add(article);
        if (count >= limits.confirmAt()) {
            candidates.remove(sentence);
            confirmed.put(sentence, entry);
        }
        return count;
    }

    int size() {
        return candidates.size() + confirmed.size();
    }

    void write(DataOutput out) throws IOException {
        writeSegment(out, candidates);
        writeSegment(out, confirmed);
        out.writeInt(leads.size());
        for (Map.Entry<Long, Integer> e : leads.entrySet()) {
            out.writeLong(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** @param format 1 for files written before leads were kept (read without them) */
    void read(DataInput in, int format) throws IOException {
        readSegment(in, candidates);
        readSegment(in, confirmed);
        if (format >= 2) {
            int size = in.readInt();
            if (size < 0 || size > leadCapacity(limits) * 4) {
                throw new IOException("corrupt lead count");
            }
            for (int i = 0; i < size; i++) {
                leads.put(in.readLong(), in.readInt());
            }
        }
    }

    private static void writeSegment(DataOutput out, Map<Long, Entry> segment) throws IOException {
        out.writeInt(segment.size());
        for (Map.Entry<Long, Entry> e : segment.entrySet()) {
            out.writeLong(e.getKey());
            Entry entry = e.getValue();
            out.writeByte(entry.count);
            int ids = entry.articles == null ? 0 : entry.count;
            out.writeByte(ids);
            for (int i = 0; i < ids; i++) {
                out.writeInt(entry.articles[i]);
            }
        }
    }

    private static void readSegment(DataInput in, Map<Long, Entry> segment) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            long sentence = in.readLong();
            int count = in.readUnsignedByte();
            int ids = in.readUnsignedByte();
            if (count < 1 || count > SourceBoilerplateStore.MAX_COUNT || ids > count) {
                throw new IOException("corrupt entry");
            }
            int[] articles = ids == 0 ? null : new int[Math.max(ids, 2)];
            for (int k = 0; k < ids; k++) {
                articles[k] = in.readInt();
            }
            if (articles == null && count < SourceBoilerplateStore.MAX_COUNT) {
                throw new IOException("corrupt entry: article ids missing");
            }
            segment.put(sentence, new Entry(count, articles));
        }
    }

    private static <V> LinkedHashMap<Long, V> lru(int capacity) {
        return new LinkedHashMap<>(Math.min(capacity, 64) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
