package dev.newsflow.bench.resources;

/** Reads the used heap out of a Spring Boot service's {@code /actuator/prometheus} text. */
public final class Prometheus {

    private Prometheus() {
    }

    /** The sum of {@code jvm_memory_used_bytes} over the heap pools, or -1 when there is none. */
    public static double heapUsedBytes(String exposition) {
        double sum = 0;
        boolean found = false;
        for (String line : exposition.split("\\R")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                String value = line.substring(line.lastIndexOf('}') + 1).trim();
                int space = value.indexOf(' ');
                sum += Double.parseDouble(space < 0 ? value : value.substring(0, space));
                found = true;
            }
        }
        return found ? sum : -1;
    }
}
