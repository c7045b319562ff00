package dev.newsflow.publish.consume;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.publish.events.PublishedEventSender;
import dev.newsflow.publish.store.ArticleStore;
import dev.newsflow.publish.store.StoreOutcome;
import dev.newsflow.publish.store.StoreResult;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One enriched record: read it, store it, announce it. The event is sent whenever the store holds
 * the delivered version, even when this delivery changed nothing, because an earlier delivery
 * may have crashed between the database commit and the broker's acknowledgement.
 */
@Component
class ArticleIntake {

    private static final Logger log = LoggerFactory.getLogger(ArticleIntake.class);

    private final EnrichedArticleReader reader;
    private final ArticleStore store;
    private final PublishedEventSender events;
    private final MeterRegistry meters;

    ArticleIntake(EnrichedArticleReader reader, ArticleStore store, PublishedEventSender events, MeterRegistry meters) {
        this.reader = reader;
        this.store = store;
        this.events = events;
        this.meters = meters;
    }

    void accept(byte[] value) {
        EnrichedArticle article = reader.read(value);
        StoreResult result = store.upsert(article);
        meters.counter("newsflow.publish.articles", "outcome", result.outcome().name().toLowerCase()).increment();
        if (!result.outcome().isCurrent()) {
            log.debug("Ignored {} version {}: version {} is already stored",
                    article.id(), article.version(), result.stored().version());
            return;
        }
        events.publish(result.stored());
        if (result.outcome() != StoreOutcome.UNCHANGED) {
            log.debug("Stored and published {} version {} ({})", article.id(), article.version(), result.outcome());
        }
    }
}
