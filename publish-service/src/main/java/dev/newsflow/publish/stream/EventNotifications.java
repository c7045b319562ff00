package dev.newsflow.publish.stream;

import dev.newsflow.publish.PublishProperties;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the event log's head: LISTENs on a dedicated connection (outside the pool, as it is held
 * for good) for the NOTIFY each event's transaction sends on commit, and reads the head again on
 * every notification and every poll interval, so a notification lost while reconnecting costs at
 * most one interval.
 */
@Component
class EventNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);
    static final String CHANNEL = "article_events";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final StreamHub hub;
    private final Duration pollInterval;
    private final String url;
    private final String user;
    private final String password;
    private volatile Thread thread;

    EventNotifications(StreamHub hub, PublishProperties properties, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password) {
        this.hub = hub;
        this.pollInterval = properties.stream().pollInterval();
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public void start() {
        Thread listener = new Thread(this::listen, "event-log-listener");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public void stop() {
        Thread listener = thread;
        thread = null;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(100);
        while (thread == Thread.currentThread()) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                backoff = Duration.ofMillis(100);
                while (thread == Thread.currentThread()) {
                    hub.advance(head(statement));
                    notifications.getNotifications((int) pollInterval.toMillis());
                }
            } catch (SQLException e) {
                if (thread != Thread.currentThread()) {
                    return;
                }
                log.warn("Event log notifications unavailable, retrying in {}: {}", backoff, e.toString());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static long head(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(EventLog.HEAD_SQL)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
