package dev.newsflow.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The report as JSON, for comparing runs between commits. */
public final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static String toJson(Report report) {
        return JSON.writeValueAsString(report);
    }

    public static Report read(String json) {
        return JSON.readValue(json, Report.class);
    }

    public static void write(Report report, Path path) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, toJson(report) + System.lineSeparator());
    }
}
