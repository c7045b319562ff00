package dev.newsflow.bench.resources;

import dev.newsflow.bench.BenchEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the stack's processes while the bench runs (Linux /proc): CPU ticks on demand, for the
 * deltas over a part, and every half second the resident memory and, for the services, the used heap,
 * keeping the peaks. PostgreSQL is the postmaster and all its backends: CPU includes reaped children,
 * and memory is the sum of proportional set sizes, which counts the shared buffers once.
 */
public final class ProcessSampler implements AutoCloseable {

    static final String[] COMPONENTS = {"kafka", "postgres", "ingest", "enrich", "publish"};

    private final BenchEnvironment env;
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Double> peakRssMb = new LinkedHashMap<>();
    private final Map<String, Double> peakHeapMb = new LinkedHashMap<>();
    private long samples;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-sampler");
        t.setDaemon(true);
        return t;
    });

    public ProcessSampler(BenchEnvironment env) throws IOException {
        this.env = env;
        for (String name : COMPONENTS) {
            Path pidFile = env.runDir().resolve(name + ".pid");
            if (Files.isReadable(pidFile)) {
                pids.put(name, Long.parseLong(Files.readString(pidFile).strip()));
            }
        }
    }

    public boolean available() {
        return Files.isDirectory(Path.of("/proc/self")) && !pids.isEmpty();
    }

    public Map<String, Long> pids() {
        return pids;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** CPU seconds used so far by each component. */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            try {
                long ticks = name.equals("postgres") ? groupTicks(pid) : ProcStat.parseStat(ProcStat.read(pid, "stat")).ownTicks();
                cpu.put(name, ticks / (double) env.clockTicks());
            } catch (IOException | RuntimeException e) {
                cpu.put(name, Double.NaN);
            }
        });
        return cpu;
    }

    public synchronized Map<String, Double> peakRssMb() {
        return new LinkedHashMap<>(peakRssMb);
    }

    public synchronized Map<String, Double> peakHeapMb() {
        return new LinkedHashMap<>(peakHeapMb);
    }

    /** One sample now, e.g. right before reading the peaks; the heap every other time (a scrape costs the service CPU). */
    public void sample() {
        boolean heapToo = samples++ % 2 == 0;
        pids.forEach((name, pid) -> {
            try {
                double mb = name.equals("postgres") ? groupPssKb(pid) / 1024.0 : highWaterKb(pid) / 1024.0;
                peak(peakRssMb, name, mb);
                if (heapToo && !name.equals("kafka") && !name.equals("postgres")) {
                    double heap = heapBytes(name);
                    if (heap >= 0) {
                        peak(peakHeapMb, name, heap / (1024.0 * 1024.0));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a process between samples or an endpoint busy for a moment: the next sample counts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private synchronized void peak(Map<String, Double> peaks, String name, double value) {
        peaks.merge(name, value, Math::max);
    }

    private static long highWaterKb(long pid) throws IOException {
        return ProcStat.kilobytes(ProcStat.read(pid, "status"), "VmHWM").orElse(0);
    }

    private long groupTicks(long postmaster) throws IOException {
        ProcStat.Cpu own = ProcStat.parseStat(ProcStat.read(postmaster, "stat"));
        long ticks = own.ownTicks() + own.childTicks();
        for (long child : children(postmaster)) {
            try {
                ticks += ProcStat.parseStat(ProcStat.read(child, "stat")).ownTicks();
            } catch (IOException | RuntimeException e) {
                // exited meanwhile: its time is in the postmaster's child ticks from now on
            }
        }
        return ticks;
    }

    private long groupPssKb(long postmaster) throws IOException {
        long kb = ProcStat.kilobytes(ProcStat.read(postmaster, "smaps_rollup"), "Pss").orElse(0);
        for (long child : children(postmaster)) {
            try {
                kb += ProcStat.kilobytes(ProcStat.read(child, "smaps_rollup"), "Pss").orElse(0);
            } catch (IOException | RuntimeException e) {
                // exited meanwhile
            }
        }
        return kb;
    }

    private static List<Long> children(long parent) throws IOException {
        List<Long> children = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    if (ProcStat.parseStat(stat).parentPid() == parent) {
                        children.add(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // gone meanwhile
                }
            }
        }
        return children;
    }

    private double heapBytes(String service) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + env.portOf(service)
                + "/actuator/prometheus")).timeout(Duration.ofSeconds(2)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Prometheus.heapUsedBytes(response.body()) : -1;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
