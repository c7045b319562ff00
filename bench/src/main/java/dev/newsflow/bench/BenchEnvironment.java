package dev.newsflow.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack is and how to reach it: the same environment variables the launcher and
 * the services read, with the same defaults.
 */
public record BenchEnvironment(Path home, String java, String kafkaBootstrap, String databaseUrl, String databaseUser,
        String databasePassword, int ingestPort, int enrichPort, int publishPort, String apiKey, int clockTicks) {

    public static BenchEnvironment from(Map<String, String> env, Path home) {
        return new BenchEnvironment(home,
                ProcessHandle.current().info().command().orElse("java"),
                get(env, "KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                get(env, "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/newsflow"),
                get(env, "DATABASE_USER", "newsflow"),
                get(env, "DATABASE_PASSWORD", "newsflow"),
                Integer.parseInt(get(env, "INGEST_PORT", "8081")),
                Integer.parseInt(get(env, "ENRICH_PORT", "8082")),
                Integer.parseInt(get(env, "PUBLISH_PORT", "8083")),
                get(env, "NEWSFLOW_API_KEY", ""),
                Integer.parseInt(get(env, "NEWSFLOW_CLK_TCK", "100")));
    }

    /** The launcher's state directory: NEWSFLOW_STATE, as {@code ./newsflow} exports it, else .newsflow. */
    public Path state() {
        String state = System.getenv("NEWSFLOW_STATE");
        return state == null || state.isBlank() ? home.resolve(".newsflow") : Path.of(state).toAbsolutePath();
    }

    public Path runDir() {
        return state().resolve("run");
    }

    public Path kafkaLib() {
        return state().resolve("lib").resolve("kafka");
    }

    public Path toolsDir() {
        return home.resolve("tools").resolve("launcher");
    }

    public String ingestUrl() {
        return "http://127.0.0.1:" + ingestPort;
    }

    public int portOf(String service) {
        return switch (service) {
            case "ingest" -> ingestPort;
            case "enrich" -> enrichPort;
            case "publish" -> publishPort;
            default -> throw new IllegalArgumentException("not a service: " + service);
        };
    }

    private static String get(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
