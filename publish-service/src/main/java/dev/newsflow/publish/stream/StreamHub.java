package dev.newsflow.publish.stream;

import dev.newsflow.publish.PublishProperties;
import dev.newsflow.publish.filter.ArticleFilter;
import dev.newsflow.publish.filter.SearchQueries;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open streams and the head of the event log. {@link EventNotifications} moves the head when
 * PostgreSQL announces a commit; every client then reads what it has not seen on its own thread.
 * Stopped before the web server's graceful shutdown, so open streams do not hold it up.
 */
@Component
class StreamHub implements SmartLifecycle {

    enum Disconnect { CLOSED, GONE, LAGGING, PRUNED, FAILED }

    private final EventLog log;
    private final SearchQueries queries;
    private final PublishProperties.Stream properties;
    private final MeterRegistry meters;
    private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong head = new AtomicLong();
    private final ExecutorService senders;
    private volatile boolean running;

    StreamHub(EventLog log, SearchQueries queries, PublishProperties properties, MeterRegistry meters) {
        this.log = log;
        this.queries = queries;
        this.properties = properties.stream();
        this.meters = meters;
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "stream-client-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        meters.gauge("newsflow.publish.stream.clients", clients, Set::size);
    }

    /** A stream of the events after {@code after} (null: after the newest one) that match the filter. */
    SseEmitter open(ArticleFilter filter, Long after) {
        if (clients.size() >= properties.maxClients()) {
            throw new StreamCapacityException(properties.maxClients());
        }
        long newest = log.head();
        advance(newest);
        long start = after != null ? after : newest;
        long pruned = log.prunedThrough();
        if (start < pruned) {
            throw new PositionPrunedException(start, pruned);
        }
        // no timeout: the stream lasts until the client or the server ends it
        SseEmitter emitter = new SseEmitter(0L);
        StreamClient client = new StreamClient(this, emitter, queries.streamSql(filter), start);
        emitter.onCompletion(client::close);
        emitter.onError(error -> client.close());
        emitter.onTimeout(client::close);
        clients.add(client);
        senders.execute(client);
        return emitter;
    }

    /** The event log has grown to {@code position}: wake every client. */
    void advance(long position) {
        if (head.accumulateAndGet(position, Math::max) == position) {
            clients.forEach(StreamClient::wake);
        }
    }

    void remove(StreamClient client, Disconnect reason) {
        clients.remove(client);
        meters.counter("newsflow.publish.stream.disconnects", "reason", reason.name().toLowerCase(Locale.ROOT))
                .increment();
    }

    long head() {
        return head.get();
    }

    EventLog log() {
        return log;
    }

    int pageSize() {
        return properties.pageSize();
    }

    long maxLag() {
        return properties.maxLag();
    }

    Duration heartbeat() {
        return properties.heartbeat();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        clients.forEach(StreamClient::close);
        senders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
