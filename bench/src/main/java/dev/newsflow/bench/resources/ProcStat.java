package dev.newsflow.bench.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The few fields of Linux's /proc/PID/stat, status and smaps_rollup the bench reads. */
public final class ProcStat {

    /** CPU ticks of a process: its own user+system time, and that of its reaped children. */
    public record Cpu(long parentPid, long ownTicks, long childTicks) {
    }

    private ProcStat() {
    }

    /** Parses a stat line; the command name (field 2) may itself hold spaces and parentheses. */
    public static Cpu parseStat(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // after the name: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17), so index = field - 3
        return new Cpu(Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12]),
                Long.parseLong(f[13]) + Long.parseLong(f[14]));
    }

    /** A "Name:   12345 kB" line of /proc/PID/status or smaps_rollup, in kB. */
    public static OptionalLong kilobytes(String text, String name) {
        for (String line : text.split("\\R")) {
            if (line.startsWith(name + ":")) {
                return OptionalLong.of(Long.parseLong(line.substring(name.length() + 1).replaceAll("[^0-9]", "")));
            }
        }
        return OptionalLong.empty();
    }

    static String read(long pid, String file) throws IOException {
        return Files.readString(Path.of("/proc", Long.toString(pid), file));
    }
}
