package dev.newsflow.publish.stream;

import dev.newsflow.publish.filter.FilterSql;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One subscriber, served by its own thread: it reads the event log from its own position with its
 * own filter, a page at a time, and writes to its own connection. The log in the database is the
 * buffer, so resuming and catching up are the same code as following live, nothing a client has
 * not yet taken is held in memory beyond one page, and a client that stops reading blocks only
 * its own thread — until the server's write timeout cuts it off.
 */
final class StreamClient implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(StreamClient.class);
    static final String EVENT_NAME = "article";
    /** Sent, with the reason as data, before the stream ends because this client's next events were pruned. */
    static final String PRUNED_EVENT_NAME = "pruned";

    private final StreamHub hub;
    private final SseEmitter emitter;
    private final FilterSql filter;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean open = true;
    private long position;
    private boolean live;

    StreamClient(StreamHub hub, SseEmitter emitter, FilterSql filter, long position) {
        this.hub = hub;
        this.emitter = emitter;
        this.filter = filter;
        this.position = position;
    }

    /** New events may be there; never blocks, so the notifier never waits for a client. */
    void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    void close() {
        open = false;
        wake();
    }

    @Override
    public void run() {
        StreamHub.Disconnect reason = StreamHub.Disconnect.CLOSED;
        try {
            emitter.send(SseEmitter.event().comment("stream open after position " + position));
            while (open) {
                long head = hub.head();
                if (position < head) {
                    Delivery delivery = deliverUpTo(head);
                    if (delivery == Delivery.LAGGING) {
                        reason = StreamHub.Disconnect.LAGGING;
                        emitter.send(SseEmitter.event().comment("disconnected: more than " + hub.maxLag()
                                + " events behind; reconnect with Last-Event-ID " + position));
                        break;
                    }
                    if (delivery == Delivery.PRUNED) {
                        reason = StreamHub.Disconnect.PRUNED;
                        PositionPrunedException pruned = new PositionPrunedException(position, hub.log().prunedThrough());
                        emitter.send(SseEmitter.event().name(PRUNED_EVENT_NAME).data(pruned.getMessage()));
                        break;
                    }
                } else if (!wake.tryAcquire(hub.heartbeat().toMillis(), TimeUnit.MILLISECONDS)) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                } else {
                    wake.drainPermits();
                }
            }
            emitter.complete();
        } catch (IOException | IllegalStateException gone) {
            // the connection is closed or its writes timed out: nothing left to tell this client
            reason = StreamHub.Disconnect.GONE;
            log.debug("Stream client gone at position {}: {}", position, gone.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emitter.complete();
        } catch (RuntimeException e) {
            reason = StreamHub.Disconnect.FAILED;
            log.warn("Stream failed at position {}", position, e);
            emitter.completeWithError(e);
        } finally {
            hub.remove(this, reason);
        }
    }

    /**
     * Sends one page of what matches up to {@code head}: nothing when the events after this client's
     * position were pruned while it caught up (the page read may lack some of them).
     */
    private Delivery deliverUpTo(long head) throws IOException {
        int pageSize = hub.pageSize();
        List<StreamEvent> page = hub.log().read(filter, position, head, pageSize);
        // pruning deletes from the oldest up: if nothing after position was pruned by now, the page is whole
        if (hub.log().prunedThrough() > position) {
            return Delivery.PRUNED;
        }
        for (StreamEvent event : page) {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(event.position()))
                    .name(EVENT_NAME)
                    .data(event.article(), MediaType.APPLICATION_JSON));
            position = event.position();
        }
        if (page.size() < pageSize) {
            // nothing else up to head matches, and nothing below head can still appear
            position = head;
        }
        if (position >= hub.head()) {
            live = true;
        }
        return live && hub.head() - position > hub.maxLag() ? Delivery.LAGGING : Delivery.SENT;
    }

    private enum Delivery { SENT, LAGGING, PRUNED }
}
