package dev.newsflow.publish;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real PostgreSQL server from embedded binaries, started by the tests themselves. */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres shared;

    private EmbeddedDatabase() {
    }

    /** One server for the whole test JVM; stopped by its shutdown hook. */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            try {
                shared = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        return shared;
    }

    /** A server on a fixed port and data directory, so it can be stopped and started again with its data. */
    public static EmbeddedPostgres startAt(Path dataDirectory, int port) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL on port " + port, e);
        }
    }

    public static void register(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
