package dev.newsflow.publish.consume;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.format.EnrichedArticleFormat;
import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.publish.events.PublishedEventSender;
import dev.newsflow.publish.store.ArticleStore;
import dev.newsflow.publish.store.StoreResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * One poll of enriched records: read them, store them in one transaction, announce them, and return
 * only when all of that is durable, so the container commits the poll's offsets after it.
 *
 * <p>Every failure leaves as a {@link BatchListenerFailedException} naming the first record not yet
 * done: the container commits the records before it, hands that record to the error handler
 * (retried for as long as the database or broker is down, dead-lettered when it is unusable) and
 * delivers the rest again. An event is sent whenever the store holds the delivered version, even
 * when this delivery changed nothing, because an earlier delivery may have crashed between the
 * database commit and the broker's acknowledgement.
 */
@Component
class ArticleIntake {

    private final EnrichedArticleFormat format = new EnrichedArticleFormat();
    private final ArticleStore store;
    private final PublishedEventSender events;
    private final MeterRegistry meters;

    ArticleIntake(ArticleStore store, PublishedEventSender events, MeterRegistry meters) {
        this.store = store;
        this.events = events;
        this.meters = meters;
    }

    void acceptAll(List<ConsumerRecord<String, byte[]>> records) {
        List<EnrichedArticle> articles = new ArrayList<>(records.size());
        FormatException unreadable = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                articles.add(format.fromRecord(record.value()));
            } catch (FormatException e) {
                // the records before it are handled now, it is dead-lettered, the rest come again
                unreadable = e;
                break;
            }
        }
        if (!articles.isEmpty()) {
            storeAndAnnounce(articles);
        }
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, articles.size());
        }
    }

    private void storeAndAnnounce(List<EnrichedArticle> articles) {
        List<StoreResult> results;
        try {
            results = store.upsertAll(articles);
        } catch (RuntimeException e) {
            if (articles.size() == 1 || FailureKind.of(e) == FailureKind.TRANSIENT) {
                throw failedAt(0, e);
            }
            // one article was refused: store them one by one to find it, so only it is dead-lettered
            for (int i = 0; i < articles.size(); i++) {
                try {
                    announce(store.upsertAll(List.of(articles.get(i))));
                } catch (RuntimeException one) {
                    throw failedAt(i, one);
                }
            }
            return;
        }
        try {
            announce(results);
        } catch (RuntimeException e) {
            // stored but not announced: delivered again, found unchanged and announced again
            throw failedAt(0, e);
        }
    }

    private void announce(List<StoreResult> results) {
        List<EnrichedArticle> current = new ArrayList<>(results.size());
        for (StoreResult result : results) {
            meters.counter("newsflow.publish.articles", "outcome", result.outcome().name().toLowerCase()).increment();
            if (result.outcome().isCurrent()) {
                current.add(result.stored());
            }
        }
        events.publishAll(current);
    }

    private static BatchListenerFailedException failedAt(int index, RuntimeException failure) {
        return new BatchListenerFailedException(String.valueOf(failure.getMessage()), failure, index);
    }
}
