package dev.newsflow.ops.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The stack as {@code ./newsflow} runs it: components are started and stopped through the launcher
 * itself, and killed with SIGKILL through the pid files it keeps. Launcher output goes to a log file
 * so the suite's own output stays readable.
 */
final class Stack {

    static final List<String> COMPONENTS = List.of("kafka", "postgres", "ingest", "enrich", "publish");

    private final Path root;
    private final Path log;

    Stack(Path root, Path log) {
        this.root = root;
        this.log = log;
    }

    /** The launcher's state directory: NEWSFLOW_STATE, as {@code ./newsflow} exports it, else .newsflow. */
    static Path state(Path root) {
        String state = System.getenv("NEWSFLOW_STATE");
        return state == null || state.isBlank() ? root.resolve(".newsflow") : Path.of(state).toAbsolutePath();
    }

    Path log() {
        return log;
    }

    Optional<ProcessHandle> process(String name) {
        Path pidFile = state(root).resolve("run").resolve(name + ".pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    List<String> running() {
        return COMPONENTS.stream().filter(n -> process(n).isPresent()).toList();
    }

    /** kill -9, and waits (bounded) until the process is gone. */
    void kill(String name) throws InterruptedException {
        ProcessHandle process = process(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not running, cannot kill it"));
        process.destroyForcibly();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") did not die after SIGKILL", e);
        }
    }

    /** The first start: builds what is missing, like any {@code ./newsflow up}. */
    void start(String... names) throws InterruptedException {
        newsflow(true, "up", names);
    }

    void up(String... names) throws InterruptedException {
        newsflow(false, "up", names);
    }

    void down(String... names) throws InterruptedException {
        newsflow(false, "down", names);
    }

    private void newsflow(boolean build, String command, String... names) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("newsflow").toString(), command));
        cmd.addAll(List.of(names));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // restarted enrich-service honours the suite's "make enrichment throw" marker; nothing is rebuilt mid-run
        pb.environment().put("NEWSFLOW_FAULT_INJECTION", "true");
        // a restart races the others' recovery on a busy machine: give it more than the interactive default
        pb.environment().putIfAbsent("NEWSFLOW_START_TIMEOUT", "300");
        if (!build) {
            pb.environment().put("NEWSFLOW_BUILD", "never");
        }
        try {
            Files.writeString(log, "\n$ ./newsflow " + String.join(" ", cmd.subList(1, cmd.size())) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process p = pb.start();
            if (!p.waitFor(Duration.ofMinutes(5).toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("./newsflow " + command + " " + String.join(" ", names)
                        + " did not finish within 5 minutes; see " + log);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("./newsflow " + command + " " + String.join(" ", names) + " failed (exit "
                        + p.exitValue() + "); see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
