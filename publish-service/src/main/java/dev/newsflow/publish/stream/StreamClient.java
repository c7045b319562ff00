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
                    if (!deliverUpTo(head)) {
                        reason = StreamHub.Disconnect.LAGGING;
                        emitter.send(SseEmitter.event().comment("disconnected: more than " + hub.maxLag()
                                + " events behind; reconnect with Last-Event-ID " + position));
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

    /** Sends one page of what matches up to {@code head}; false when this live client fell too far behind. */
    private boolean deliverUpTo(long head) throws IOException {
        int pageSize = hub.pageSize();
        List<StreamEvent> page = hub.log().read(filter, position, head, pageSize);
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
        return !live || hub.head() - position <= hub.maxLag();
    }
}
