package dev.newsflow.bench.e2e;

import dev.newsflow.bench.ops.TopicReader;
import dev.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * How many of a part's articles the pipeline dead-lettered (both dead-letter topics, keyed by
 * article id): real text can make enrichment throw, and such an article never reaches the read
 * store, so a run is complete when stored plus dead-lettered make the total.
 */
public final class DeadLetters {

    private final TopicReader reader;

    public DeadLetters(String bootstrap) {
        this.reader = new TopicReader(bootstrap);
    }

    public long count(String prefix) {
        long[] count = {0};
        for (String topic : new String[] {Topics.RAW_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER}) {
            reader.forEach(topic, Duration.ofSeconds(20), r -> {
                if (r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith(prefix)) {
                    count[0]++;
                }
            });
        }
        return count[0];
    }
}
