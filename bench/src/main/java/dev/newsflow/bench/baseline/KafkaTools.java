package dev.newsflow.bench.baseline;

import dev.newsflow.bench.BenchEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Kafka's own performance tools, from the broker's jars, each as a separate JVM, and keeps
 * their output beside the report. Default producer settings apart from the bootstrap address: the
 * baseline is what Kafka does out of the box on this machine.
 */
public final class KafkaTools {

    private final BenchEnvironment env;
    private final Path logDir;

    public KafkaTools(BenchEnvironment env, Path logDir) {
        this.env = env;
        this.logDir = logDir;
    }

    public ToolOutput.ProducerFigures produce(String topic, long records, Path payloads) throws IOException {
        String output = run("producer-performance", List.of("org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", Long.toString(records), "--throughput", "-1",
                "--payload-file", payloads.toString(),
                "--producer-props", "bootstrap.servers=" + env.kafkaBootstrap()));
        return ToolOutput.producer(output);
    }

    public ToolOutput.ConsumerFigures consume(String topic, long records) throws IOException {
        String output = run("consumer-performance", List.of("org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server", env.kafkaBootstrap(), "--topic", topic, "--messages", Long.toString(records),
                "--timeout", "30000", "--group", topic + "-reader"));
        return ToolOutput.consumer(output);
    }

    private String run(String name, List<String> tool) throws IOException {
        List<String> command = new ArrayList<>(List.of(env.java(), "-Xmx512m",
                "-Dlog4j2.configurationFile=" + env.toolsDir().resolve("tools-log4j2.properties"),
                "-cp", env.kafkaLib() + "/*"));
        command.addAll(tool);
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(name + " did not finish within 10 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(name + " interrupted", e);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(name + " exited with " + process.exitValue() + "; see " + log);
        }
        return output;
    }
}
