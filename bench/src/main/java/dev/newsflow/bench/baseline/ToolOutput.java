package dev.newsflow.bench.baseline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the summary figures out of what Kafka's ProducerPerformance and ConsumerPerformance print. */
public final class ToolOutput {

    // "50000 records sent, 21186.4 records/sec (66.25 MB/sec), 301.78 ms avg latency, 612.00 ms max latency,
    //  290 ms 50th, 515 ms 95th, 590 ms 99th, 610 ms 99.9th." -- only the final summary has percentiles
    private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
                    + "([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    private ToolOutput() {
    }

    /** Records/s, MB/s and the producer's own send latencies (send to broker acknowledgement). */
    public record ProducerFigures(long records, double recordsPerSecond, double mbPerSecond, double avgLatencyMs,
            double maxLatencyMs, double p50Ms, double p95Ms, double p99Ms) {
    }

    /**
     * The consumer's figures. {@code fetch*} leave out the time spent joining the group, so they are what
     * reading costs; the plain ones are over the whole run.
     */
    public record ConsumerFigures(long records, double mb, double recordsPerSecond, double mbPerSecond,
            double fetchRecordsPerSecond, double fetchMbPerSecond, double rebalanceMs, double fetchMs) {
    }

    public static ProducerFigures producer(String output) {
        ProducerFigures last = null;
        for (String line : output.split("\\R")) {
            Matcher m = PRODUCER_SUMMARY.matcher(line);
            if (m.find()) {
                last = new ProducerFigures(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                        Double.parseDouble(m.group(6)), Double.parseDouble(m.group(7)), Double.parseDouble(m.group(8)));
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("no summary line in ProducerPerformance's output:\n" + tail(output));
        }
        return last;
    }

    public static ConsumerFigures consumer(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("start.time") && lines.get(i).contains("nMsg.sec")) {
                Map<String, String> values = columns(lines.get(i), lines.get(i + 1));
                return new ConsumerFigures((long) number(values, "data.consumed.in.nMsg"),
                        number(values, "data.consumed.in.MB"), number(values, "nMsg.sec"), number(values, "MB.sec"),
                        number(values, "fetch.nMsg.sec"), number(values, "fetch.MB.sec"),
                        number(values, "rebalance.time.ms"), number(values, "fetch.time.ms"));
            }
        }
        throw new IllegalArgumentException("no header and figures line in ConsumerPerformance's output:\n" + tail(output));
    }

    private static Map<String, String> columns(String header, String values) {
        String[] names = header.split(",\\s*");
        String[] cells = values.split(",\\s*");
        if (cells.length != names.length) {
            throw new IllegalArgumentException("ConsumerPerformance printed " + cells.length + " figures for "
                    + names.length + " columns: " + values);
        }
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i].strip(), cells[i].strip());
        }
        return map;
    }

    private static double number(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("ConsumerPerformance printed no column " + name + ": " + values.keySet());
        }
        return Double.parseDouble(value);
    }

    private static String tail(String output) {
        String[] lines = output.split("\\R");
        StringBuilder tail = new StringBuilder();
        for (int i = Math.max(0, lines.length - 10); i < lines.length; i++) {
            tail.append(lines[i]).append('\n');
        }
        return tail.toString();
    }
}
