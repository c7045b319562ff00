package dev.newsflow.bench.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.HdrHistogram.Histogram;

/**
 * Asks the read store directly (faster and more exact than its HTTP API) how many articles of a
 * part have been committed, and when. Ids of a part share a prefix; a key range finds them by the
 * primary key's index whatever plan the driver's prepared statements get.
 */
public final class ReadStore {

    /** The first and last commit of a part, as epoch seconds of the database clock (the same machine). */
    public record CommitSpan(double firstIngested, double firstCommitted, double lastCommitted) {
    }

    private final Connection connection;
    private Boolean exactCommitTimes;

    public ReadStore(Connection connection) {
        this.connection = connection;
    }

    public synchronized long count(String prefix) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM articles WHERE id >= ? AND id < ?")) {
            range(ps, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Ingest to commit of every article of the part, in microseconds: from the ingest time stamped by
     * ingest-service to the commit of the transaction that wrote the row, which PostgreSQL records
     * when {@code track_commit_timestamp} is on (the launcher turns it on). Without it, the row's
     * {@code updated_at} stands in: the start of its transaction, which holds a whole poll, so
     * latencies then read low by up to one poll's write time.
     */
    public synchronized Histogram latencies(String prefix) throws SQLException {
        Histogram micros = new Histogram(3_600_000_000L, 3);
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT (extract(epoch FROM %s) - extract(epoch FROM ingested_at)) * 1000000
                FROM articles WHERE id >= ? AND id < ?""".formatted(committedAt()))) {
            range(ps, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    micros.recordValue(Math.max(0, Math.round(rs.getDouble(1))));
                }
            }
        }
        return micros;
    }

    public synchronized CommitSpan span(String prefix) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT extract(epoch FROM min(ingested_at)), extract(epoch FROM min(%1$s)),
                       extract(epoch FROM max(%1$s))
                FROM articles WHERE id >= ? AND id < ?""".formatted(committedAt()))) {
            range(ps, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new CommitSpan(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3));
            }
        }
    }

    /** Whether commit times are exact: PostgreSQL tracks them. */
    public synchronized boolean exactCommitTimes() throws SQLException {
        if (exactCommitTimes == null) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT current_setting('track_commit_timestamp')");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                exactCommitTimes = "on".equals(rs.getString(1));
            }
        }
        return exactCommitTimes;
    }

    private String committedAt() throws SQLException {
        return exactCommitTimes() ? "coalesce(pg_xact_commit_timestamp(xmin), updated_at)" : "updated_at";
    }

    static String upperBound(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    private static void range(PreparedStatement ps, String prefix) throws SQLException {
        ps.setString(1, prefix);
        ps.setString(2, upperBound(prefix));
    }
}
