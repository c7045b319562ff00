package dev.newsflow.ops.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Health of the launcher's components, for {@code ./newsflow status} and for {@code up} waiting until
 * they are healthy. One JVM checks all components at once, because a JVM start per check per poll
 * would cost more than the checks themselves.
 *
 * <pre>
 *   Probe status SPEC...            one line per component: name, pid, port, rss, health
 *   Probe wait SECONDS SPEC...      until every component is healthy; fails early when its process exits
 *   SPEC = name:pid:kind:target     pid "-" when none; kind kafka (host:port), postgres (host:port), http (URL)
 * </pre>
 *
 * Postgres is checked as the superuser (env NEWSFLOW_PG_SUPERUSER / NEWSFLOW_PG_SUPERUSER_PASSWORD);
 * {@code wait} then makes sure the application role and database exist (env DATABASE_USER,
 * DATABASE_PASSWORD, NEWSFLOW_DB_NAME). Names that did not become healthy are written to the file named
 * by env NEWSFLOW_FAILED_FILE, so the launcher can show their logs.
 */
public final class Probe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Spec(String name, long pid, String kind, String target) {

        static Spec parse(String s) {
            String[] p = s.split(":", 4);
            return new Spec(p[0], p[1].equals("-") ? -1 : Long.parseLong(p[1]), p[2], p[3]);
        }

        boolean processAlive() {
            return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !zombie();
        }

        /** An exited process its parent has not reaped yet still counts as alive for ProcessHandle. */
        private boolean zombie() {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
            } catch (IOException | RuntimeException e) {
                return false; // no /proc (macOS): ProcessHandle's answer stands
            }
        }

        String port() {
            String t = kind.equals("http") ? URI.create(target).getAuthority() : target;
            return t.substring(t.lastIndexOf(':') + 1);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Probe status SPEC... | Probe wait SECONDS SPEC...");
            System.exit(2);
        }
        switch (args[0]) {
            case "status" -> status(specs(args, 1));
            case "wait" -> System.exit(await(Integer.parseInt(args[1]), specs(args, 2)) ? 0 : 1);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static List<Spec> specs(String[] args, int from) {
        List<Spec> specs = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            specs.add(Spec.parse(args[i]));
        }
        return specs;
    }

    private static void status(List<Spec> specs) {
        List<CompletableFuture<Boolean>> checks = specs.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> healthy(s, false)))
                .toList();
        System.out.printf("%-9s %-8s %-6s %-8s %s%n", "NAME", "PID", "PORT", "RSS", "HEALTH");
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            boolean healthy = checks.get(i).join();
            boolean alive = s.processAlive();
            String health = healthy ? (alive ? "up" : "up (external)") : alive ? "starting" : "down";
            System.out.printf("%-9s %-8s %-6s %-8s %s%n", s.name(), alive ? String.valueOf(s.pid()) : "-", s.port(),
                    alive ? rss(s.pid()) : "-", health);
        }
    }

    /** Polls every component until all are healthy, the deadline passes, or a process exits. */
    private static boolean await(int seconds, List<Spec> specs) throws IOException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Spec> pending = new ArrayList<>(specs);
        List<String> failed = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<CompletableFuture<Boolean>> checks = pending.stream()
                    .map(s -> CompletableFuture.supplyAsync(() -> healthy(s, true)))
                    .toList();
            List<Spec> still = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                Spec s = pending.get(i);
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (checks.get(i).join()) {
                    System.out.printf("  %-9s up after %.1f s%n", s.name(), elapsed);
                } else if (s.pid() > 0 && !s.processAlive()) {
                    System.out.printf("  %-9s exited during start-up after %.1f s%n", s.name(), elapsed);
                    failed.add(s.name());
                } else if (System.nanoTime() > deadline) {
                    System.out.printf("  %-9s not healthy after %d s%n", s.name(), seconds);
                    failed.add(s.name());
                } else {
                    still.add(s);
                }
            }
            pending = still;
            if (!pending.isEmpty()) {
                sleep(500);
            }
        }
        String failedFile = System.getenv("NEWSFLOW_FAILED_FILE");
        if (failedFile != null) {
            Files.writeString(Path.of(failedFile), String.join(" ", failed));
        }
        return failed.isEmpty();
    }

    private static boolean healthy(Spec s, boolean prepare) {
        try {
            return switch (s.kind()) {
                case "kafka" -> portOpen(s.target()) && kafkaAnswers(s.target());
                case "postgres" -> portOpen(s.target()) && postgresAnswers(s.target(), prepare);
                case "http" -> httpUp(s.target());
                default -> throw new IllegalArgumentException("unknown kind " + s.kind());
            };
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean portOpen(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostPort.substring(0, colon),
                    Integer.parseInt(hostPort.substring(colon + 1))), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A metadata round trip, since the port opens before the broker has joined its own quorum. */
    private static boolean kafkaAnswers(String bootstrap) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2500");
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        }
    }

    private static boolean postgresAnswers(String hostPort, boolean prepare) throws SQLException {
        DriverManager.setLoginTimeout(3);
        String url = "jdbc:postgresql://" + hostPort + "/postgres";
        try (Connection c = DriverManager.getConnection(url, env("NEWSFLOW_PG_SUPERUSER", "postgres"),
                env("NEWSFLOW_PG_SUPERUSER_PASSWORD", ""))) {
            c.createStatement().execute("select 1");
            if (prepare) {
                Pg.ensureDatabase(c, env("DATABASE_USER", "newsflow"), env("DATABASE_PASSWORD", "newsflow"),
                        env("NEWSFLOW_DB_NAME", "newsflow"));
            }
            return true;
        }
    }

    private static boolean httpUp(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && "UP".equals(Json.string(Json.parse(response.body()), "status"));
    }

    /** Resident memory from /proc (Linux); "-" elsewhere. */
    private static String rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kb / 1024) + "M";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process just exited: the column is informative only
        }
        return "-";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
