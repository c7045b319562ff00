package dev.newsflow.ingest.intake;

import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.contracts.format.RawArticleFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.ingest.intake.reading.ArticleCodec;
import dev.newsflow.ingest.intake.reading.HtmlArticles;
import dev.newsflow.ingest.kafka.Delivery;
import dev.newsflow.ingest.kafka.RawArticleWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.springframework.stereotype.Service;

/**
 * Validates articles, gives them their stable id, writes them and waits for the broker: an
 * article counts as accepted only once the broker acknowledged it.
 */
@Service
public class ArticleIntake {

    private static final RawArticleFormat ARTICLES = new RawArticleFormat();

    private final RawArticleWriter writer;
    private final ArticleCodec codec = new ArticleCodec();
    private final Duration sendTimeout;
    private final int maxRecordBytes;
    private final int maxTextRecordBytes;
    private final Map<IngestStatus, Counter> outcomes = new EnumMap<>(IngestStatus.class);

    ArticleIntake(RawArticleWriter writer, IngestProperties properties, MeterRegistry meters) {
        this.writer = writer;
        this.sendTimeout = properties.sendTimeout();
        this.maxRecordBytes = properties.maxRecordBytes();
        this.maxTextRecordBytes = properties.maxTextRecordBytes();
        for (IngestStatus status : IngestStatus.values()) {
            outcomes.put(status, Counter.builder("newsflow.ingest.articles")
                    .description("Articles submitted, by outcome")
                    .tag("status", status.json())
                    .register(meters));
        }
    }

    /**
     * One article: accepted or duplicate once the broker holds it; otherwise an
     * {@link FormatException}, {@link ArticleTooLargeException} or {@link BrokerUnavailableException}.
     */
    public IngestResult ingest(RawArticle candidate) {
        RawArticle article;
        byte[] value;
        try {
            article = HtmlArticles.trimmed(ARTICLES.admit(candidate));
            value = encode(article);
        } catch (FormatException | ArticleTooLargeException e) {
            count(IngestStatus.REJECTED);
            throw e;
        }
        CompletableFuture<Delivery> delivery = writer.write(article.id(), value);
        try {
            IngestStatus status = statusOf(delivery.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS));
            count(status);
            return new IngestResult(article.id(), status);
        } catch (ExecutionException e) {
            count(IngestStatus.FAILED);
            if (isTooLarge(e.getCause())) {
                throw new ArticleTooLargeException("The broker refused the article as too large: " + e.getCause().getMessage());
            }
            throw new BrokerUnavailableException(notAcknowledged(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            count(IngestStatus.FAILED);
            throw new BrokerUnavailableException(notAcknowledged(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("Interrupted while waiting for the broker", e);
        }
    }

    /**
     * Many articles, each judged on its own. Valid ones are sent together and then awaited under
     * one deadline; reading an item (the supplier) may throw {@link FormatException}.
     */
    public BatchResult ingestBatch(List<Supplier<RawArticle>> items) {
        int size = items.size();
        List<ItemResult> results = new ArrayList<>(size);
        List<CompletableFuture<Delivery>> deliveries = new ArrayList<>(size);
        Throwable brokerDown = null;
        for (int index = 0; index < size; index++) {
            RawArticle candidate = null;
            CompletableFuture<Delivery> delivery = null;
            ItemResult result;
            try {
                candidate = items.get(index).get();
                RawArticle article = HtmlArticles.trimmed(ARTICLES.admit(candidate));
                byte[] value = encode(article);
                if (brokerDown != null) {
                    // each further send would block for max.block.ms again; fail fast instead
                    result = new ItemResult(index, article.id(), IngestStatus.FAILED, notAcknowledged(brokerDown));
                } else {
                    delivery = writer.write(article.id(), value);
                    brokerDown = failedAlready(delivery);
                    result = new ItemResult(index, article.id(), null, null);
                }
            } catch (FormatException | ArticleTooLargeException e) {
                result = new ItemResult(index, knownId(candidate), IngestStatus.REJECTED, e.getMessage());
            }
            results.add(result);
            deliveries.add(delivery);
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int index = 0; index < size; index++) {
            CompletableFuture<Delivery> delivery = deliveries.get(index);
            if (delivery != null) {
                results.set(index, await(delivery, results.get(index), deadline));
            }
            count(results.get(index).status());
        }
        return BatchResult.of(results);
    }

    private ItemResult await(CompletableFuture<Delivery> delivery, ItemResult pending, long deadline) {
        try {
            Delivery outcome = delivery.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new ItemResult(pending.index(), pending.id(), statusOf(outcome), null);
        } catch (ExecutionException e) {
            IngestStatus status = isTooLarge(e.getCause()) ? IngestStatus.REJECTED : IngestStatus.FAILED;
            return new ItemResult(pending.index(), pending.id(), status, notAcknowledged(e.getCause()));
        } catch (TimeoutException e) {
            return new ItemResult(pending.index(), pending.id(), IngestStatus.FAILED, notAcknowledged(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ItemResult(pending.index(), pending.id(), IngestStatus.FAILED, "Interrupted while waiting for the broker");
        }
    }

    /** The record value; an HTML page may be larger than other articles (the page's size is not the article's). */
    private byte[] encode(RawArticle article) {
        byte[] value = codec.encode(article);
        int limit = article.hasHtmlBody() ? maxRecordBytes : maxTextRecordBytes;
        if (value.length > limit) {
            throw new ArticleTooLargeException("The article is " + value.length + " bytes as JSON; at most " + limit
                    + " fit on the raw topic for " + (article.hasHtmlBody() ? "an HTML page" : "a text article"));
        }
        return value;
    }

    private static Throwable failedAlready(CompletableFuture<Delivery> delivery) {
        if (!delivery.isCompletedExceptionally()) {
            return null;
        }
        try {
            delivery.join();
            return null;
        } catch (RuntimeException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }

    private static String knownId(RawArticle candidate) {
        return candidate != null && ArticleIds.isValid(candidate.id()) ? candidate.id() : null;
    }

    private static IngestStatus statusOf(Delivery delivery) {
        return delivery == Delivery.WRITTEN ? IngestStatus.ACCEPTED : IngestStatus.DUPLICATE;
    }

    private static boolean isTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private String notAcknowledged(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = failure instanceof TimeoutException ? "no answer within " + sendTimeout.toMillis() + " ms"
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return "The broker did not acknowledge the article (" + reason + "); it may not be stored, send it again later";
    }

    private void count(IngestStatus status) {
        outcomes.get(status).increment();
    }
}
