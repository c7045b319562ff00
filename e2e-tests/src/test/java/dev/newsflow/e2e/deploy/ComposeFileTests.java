package dev.newsflow.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Structural rules for docker-compose.yml and the Dockerfile it builds that a schema check
 * ({@code docker-compose config}, in .ci/compose-check) does not cover, checked without a Docker
 * engine: every container has a healthcheck and a restart policy and waits for what it needs to be
 * healthy, addresses agree with each other, every variable set is one the service reads, and the
 * image is multi-stage, copies every module pom the reactor needs and runs as a non-root user.
 */
class ComposeFileTests {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static JsonNode compose;
    static Map<String, JsonNode> services;

    @BeforeAll
    static void read() throws IOException {
        compose = YAMLMapper.builder().build().readTree(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = new LinkedHashMap<>();
        compose.get("services").properties().forEach(e -> services.put(e.getKey(), e.getValue()));
    }

    @Test
    void everyContainerIsHealthCheckedRestartedAndWaitsForHealthyDependencies() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            JsonNode health = service.get("healthcheck");
            if (health == null || health.path("disable").asBoolean(false)) {
                problems.add(name + ": no healthcheck");
            } else {
                JsonNode test = health.get("test");
                if (test == null || !test.isArray() || test.size() < 2
                        || !List.of("CMD", "CMD-SHELL").contains(test.get(0).asString())) {
                    problems.add(name + ": healthcheck test must be [\"CMD\", ...] or [\"CMD-SHELL\", ...]");
                }
                for (String key : List.of("interval", "timeout", "retries", "start_period")) {
                    if (!health.has(key)) {
                        problems.add(name + ": healthcheck has no " + key);
                    }
                }
            }
            String restart = service.path("restart").asString("");
            if (!Set.of("always", "unless-stopped", "on-failure").contains(restart.split(":")[0])) {
                problems.add(name + ": restart policy missing or not one that restarts a failed container");
            }
            JsonNode dependsOn = service.get("depends_on");
            if (dependsOn != null && !dependsOn.isObject()) {
                problems.add(name + ": depends_on must be a mapping with condition: service_healthy");
            } else if (dependsOn != null) {
                dependsOn.properties().forEach(dep -> {
                    if (!"service_healthy".equals(dep.getValue().path("condition").asString(""))) {
                        problems.add(name + ": depends_on " + dep.getKey() + " without condition: service_healthy");
                    }
                    if (!services.containsKey(dep.getKey())) {
                        problems.add(name + ": depends_on unknown service " + dep.getKey());
                    }
                });
            }
            if (!service.has("build") && !service.has("image")) {
                problems.add(name + ": has neither image nor build");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void addressesPointAtServicesThatAreWaitedFor() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            Map<String, String> env = environment(service);
            Set<String> waitsFor = new LinkedHashSet<>();
            service.path("depends_on").propertyNames().forEach(waitsFor::add);
            String bootstrap = env.get("KAFKA_BOOTSTRAP");
            if (bootstrap != null) {
                for (String address : bootstrap.split(",")) {
                    String host = address.strip().replaceFirst(":\\d+$", "");
                    peer(problems, name, "KAFKA_BOOTSTRAP", host, waitsFor);
                    String advertised = services.containsKey(host)
                            ? environment(services.get(host)).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "") : "";
                    if (!advertised.contains("//" + address.strip())) {
                        problems.add(name + ": KAFKA_BOOTSTRAP " + address.strip() + " is not one of " + host
                                + "'s advertised listeners (" + advertised + ")");
                    }
                }
            }
            String databaseUrl = env.get("DATABASE_URL");
            if (databaseUrl != null) {
                Matcher m = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::\\d+)?/.+").matcher(databaseUrl);
                if (m.matches()) {
                    peer(problems, name, "DATABASE_URL", m.group(1), waitsFor);
                } else {
                    problems.add(name + ": DATABASE_URL is not a jdbc:postgresql://host[:port]/db URL");
                }
            }
            if (service.has("build") && !"0.0.0.0".equals(env.get("BIND_ADDRESS"))) {
                problems.add(name + ": BIND_ADDRESS must be 0.0.0.0 in a container, or the published port is unreachable");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void namedVolumesAreDeclaredAndTheImagePreparesThemForItsUser() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        compose.path("volumes").propertyNames().forEach(declared::add);
        for (var entry : services.entrySet()) {
            String name = entry.getKey();
            for (JsonNode mount : entry.getValue().path("volumes")) {
                String[] parts = mount.asString().split(":");
                if (parts.length < 2) {
                    problems.add(name + ": volume " + mount.asString() + " has no target");
                    continue;
                }
                boolean named = !parts[0].startsWith(".") && !parts[0].startsWith("/") && !parts[0].startsWith("~");
                if (named && !declared.contains(parts[0])) {
                    problems.add(name + ": named volume " + parts[0] + " is not declared under top-level volumes");
                }
                if (named && entry.getValue().has("build")) {
                    boolean prepared = dockerfile(entry.getValue()).finalStage().stream().anyMatch(i ->
                            i.keyword().equals("RUN") && i.args().contains(parts[1]) && i.args().contains("chown"));
                    if (!prepared) {
                        problems.add(name + ": volume target " + parts[1] + " is not created and chown'ed for the non-root user");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theImageIsMultiStageNonRootHealthCheckedAndCopiesWhatMavenNeeds() throws IOException {
        List<String> problems = new ArrayList<>();
        int built = 0;
        for (var entry : services.entrySet()) {
            if (!entry.getValue().has("build")) {
                continue;
            }
            built++;
            String label = entry.getKey() + " (" + dockerfilePath(entry.getValue()) + ")";
            Dockerfile df = dockerfile(entry.getValue());
            List<List<Dockerfile.Instruction>> stages = df.stages();
            if (stages.size() < 2) {
                problems.add(label + ": not a multi-stage build");
            }
            Set<String> stageNames = new LinkedHashSet<>();
            for (int i = 0; i < stages.size(); i++) {
                Matcher m = Pattern.compile("(?i).*\\s+AS\\s+(\\S+)\\s*$").matcher(stages.get(i).get(0).args());
                if (m.matches()) {
                    stageNames.add(m.group(1).toLowerCase(Locale.ROOT));
                } else if (i < stages.size() - 1) {
                    problems.add(label + ": build stage " + i + " has no name (FROM ... AS name)");
                }
            }
            boolean buildKit = df.instructions().stream().anyMatch(i -> i.args().contains("--mount=") || i.heredoc());
            if (buildKit && !df.syntaxDirective()) {
                problems.add(label + ": uses RUN --mount or heredocs but has no '# syntax=docker/dockerfile:1' line");
            }
            String user = null;
            boolean healthcheck = false;
            boolean entrypoint = false;
            for (Dockerfile.Instruction i : df.finalStage()) {
                switch (i.keyword()) {
                    case "USER" -> user = i.args().strip().split(":")[0];
                    case "HEALTHCHECK" -> healthcheck = !i.args().strip().equalsIgnoreCase("NONE");
                    case "ENTRYPOINT", "CMD" -> entrypoint = true;
                    default -> { }
                }
            }
            if (user == null || user.equals("root") || user.equals("0")) {
                problems.add(label + ": the final stage does not switch to a non-root USER");
            }
            if (!healthcheck || !entrypoint) {
                problems.add(label + ": the final stage needs a HEALTHCHECK and an ENTRYPOINT");
            }
            Set<String> copied = copiedSources(df, stageNames, label, problems);
            for (String module : reactorModules()) {
                if (!copied.contains(module + "/pom.xml") && !copied.contains(module)) {
                    problems.add(label + ": does not COPY " + module + "/pom.xml, which the root pom lists as a module");
                }
            }
            portsAndVariables(entry.getKey(), entry.getValue(), df, problems);
        }
        assertThat(built).as("services built from this repository").isEqualTo(3);
        assertThat(problems).isEmpty();
    }

    private static Set<String> copiedSources(Dockerfile df, Set<String> stageNames, String label, List<String> problems)
            throws IOException {
        Set<String> copied = new LinkedHashSet<>();
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream().map(String::strip)
                .filter(p -> !p.isEmpty() && !p.startsWith("#")).toList();
        for (Dockerfile.Instruction i : df.instructions()) {
            if (!i.keyword().equals("COPY") && !i.keyword().equals("ADD") || i.heredoc()) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(i.args().strip().split("\\s+")));
            String fromStage = null;
            while (!words.isEmpty() && words.get(0).startsWith("--")) {
                String flag = words.remove(0);
                if (flag.startsWith("--from=")) {
                    fromStage = flag.substring("--from=".length()).toLowerCase(Locale.ROOT);
                }
            }
            if (fromStage != null) {
                if (!stageNames.contains(fromStage)) {
                    problems.add(label + ": COPY --from=" + fromStage + " names no earlier build stage");
                }
                continue;
            }
            for (String source : words.subList(0, Math.max(0, words.size() - 1))) {
                String clean = source.replaceFirst("^\\./", "").replaceFirst("/$", "");
                copied.add(clean);
                if (!Files.exists(ROOT.resolve(clean))) {
                    problems.add(label + ": COPY source " + source + " does not exist in the build context");
                } else if (excluded(ignored, clean)) {
                    problems.add(label + ": COPY source " + source + " is excluded by .dockerignore");
                }
            }
        }
        return copied;
    }

    /** Published ports are exposed, port variables match them, and every variable set is one the service reads. */
    private static void portsAndVariables(String name, JsonNode service, Dockerfile df, List<String> problems)
            throws IOException {
        Set<String> exposed = new LinkedHashSet<>();
        df.finalStage().stream().filter(i -> i.keyword().equals("EXPOSE"))
                .forEach(i -> List.of(i.args().split("\\s+")).forEach(p -> exposed.add(p.replaceFirst("/tcp$", ""))));
        Set<String> published = new LinkedHashSet<>();
        for (JsonNode port : service.path("ports")) {
            String[] parts = port.asString().split(":");
            published.add(parts[parts.length - 1].replaceFirst("/tcp$", ""));
        }
        for (String port : published) {
            if (!exposed.contains(port)) {
                problems.add(name + ": publishes container port " + port + " but the image EXPOSEs only " + exposed);
            }
        }
        Map<String, String> env = environment(service);
        String module = service.path("build").path("args").path("MODULE").asString("");
        String config = applicationConfig(ROOT.resolve(module).resolve("src/main/resources"));
        env.forEach((key, value) -> {
            if (key.matches("[A-Z]+_PORT") && !published.contains(value)) {
                problems.add(name + ": " + key + "=" + value + " but that port is not published");
            }
            if (!key.equals("JAVA_TOOL_OPTIONS") && !config.contains("${" + key + ":") && !config.contains("${" + key + "}")) {
                problems.add(name + ": sets " + key + ", which " + module + " does not read (no ${" + key + ":...})");
            }
        });
    }

    private static void peer(List<String> problems, String name, String variable, String host, Set<String> waitsFor) {
        if (!services.containsKey(host)) {
            problems.add(name + ": " + variable + " points at " + host + ", which is not a service in this file");
        } else if (!waitsFor.contains(host)) {
            problems.add(name + ": " + variable + " points at " + host + " but " + name + " does not depend on it");
        }
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode raw = service.get("environment");
        if (raw != null && raw.isObject()) {
            raw.properties().forEach(e -> env.put(e.getKey(), e.getValue().asString("")));
        } else if (raw != null && raw.isArray()) {
            for (JsonNode item : raw) {
                String[] kv = item.asString().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return env;
    }

    private static Path dockerfilePath(JsonNode service) {
        JsonNode build = service.get("build");
        return Path.of(build.path("context").asString(".")).resolve(build.path("dockerfile").asString("Dockerfile"));
    }

    private static Dockerfile dockerfile(JsonNode service) throws IOException {
        Map<String, String> args = new LinkedHashMap<>();
        service.path("build").path("args").properties().forEach(e -> args.put(e.getKey(), e.getValue().asString()));
        return Dockerfile.parse(Files.readAllLines(ROOT.resolve(dockerfilePath(service))), args);
    }

    private static List<String> reactorModules() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml")).replaceAll("(?s)<!--.*?-->", "");
        List<String> modules = new ArrayList<>();
        Matcher m = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>").matcher(pom);
        while (m.find()) {
            modules.add(m.group(1).replaceFirst("/$", ""));
        }
        return modules;
    }

    /** A path is excluded when it or a parent matches a pattern; a later {@code !pattern} re-includes it. */
    private static boolean excluded(List<String> patterns, String path) {
        boolean excluded = false;
        for (String pattern : patterns) {
            boolean negated = pattern.startsWith("!");
            String glob = (negated ? pattern.substring(1) : pattern).replaceFirst("^/", "").replaceFirst("/$", "");
            StringBuilder prefix = new StringBuilder();
            for (String segment : path.split("/")) {
                prefix.append(prefix.isEmpty() ? "" : "/").append(segment);
                if (globMatches(glob, prefix.toString())) {
                    excluded = !negated;
                    break;
                }
            }
        }
        return excluded;
    }

    private static boolean globMatches(String glob, String path) {
        var fs = FileSystems.getDefault();
        return fs.getPathMatcher("glob:" + glob).matches(Path.of(path))
                || glob.startsWith("**/") && fs.getPathMatcher("glob:" + glob.substring(3)).matches(Path.of(path));
    }

    private static String applicationConfig(Path resources) throws IOException {
        StringBuilder text = new StringBuilder();
        if (Files.isDirectory(resources)) {
            try (Stream<Path> files = Files.walk(resources)) {
                for (Path p : files.filter(f -> f.getFileName().toString().matches("application.*\\.(yml|yaml|properties)"))
                        .toList()) {
                    text.append(Files.readString(p)).append('\n');
                }
            }
        }
        return text.toString();
    }
}
