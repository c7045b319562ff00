package dev.newsflow.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherHelpersTests {

    @TempDir
    Path dir;

    @Test
    void readsApiAnswersAndNavigatesThemByPath() {
        Object answer = Json.parse("{\"items\":[{\"id\":\"a1\",\"count\":3}],\"page\":{\"next\":null,\"size\":2.5}}");

        assertThat(Json.list(answer, "items")).hasSize(1);
        assertThat(Json.string(Json.list(answer, "items").get(0), "id")).isEqualTo("a1");
        assertThat(Json.string(Json.list(answer, "items").get(0), "count")).isEqualTo("3");
        assertThat(Json.string(answer, "page.size")).isEqualTo("2.5");
        assertThat(Json.string(answer, "page.next")).isNull();
        assertThat(Json.list(answer, "missing")).isEmpty();
        assertThatThrownBy(() -> Json.parse("{\"id\": }")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid JSON");
    }

    @Test
    void quotesAnyStringSoThatItReadsBack() {
        String tricky = "a \"quoted\" \\ path\nwith\ttabs and \u0001 and ünïcödé";

        assertThat(Json.parse(Json.quote(tricky))).isEqualTo(tricky);
        assertThat(Json.parse("{\"k\":" + Json.quote(tricky) + "}")).isEqualTo(Map.of("k", tricky));
    }

    @Test
    void probeSpecsNameTheirProcessAndPort() {
        Probe.Spec kafka = Probe.Spec.parse("kafka:-:kafka:127.0.0.1:9092");
        Probe.Spec publish = Probe.Spec.parse("publish:4242:http:http://127.0.0.1:8083/actuator/health");

        assertThat(kafka.pid()).isEqualTo(-1);
        assertThat(kafka.port()).isEqualTo("9092");
        assertThat(kafka.processAlive()).isFalse();
        assertThat(publish.pid()).isEqualTo(4242);
        assertThat(publish.port()).isEqualTo("8083");
    }

    @Test
    void filesAreSentAsTheirKindAndWebSitesAreNotPosted() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Title\nBody");
        Files.writeString(dir.resolve("b.json"), " [{\"title\":\"T\",\"body\":\"B\"}]");
        Files.writeString(dir.resolve("c.json"), "{\"title\":\"T\",\"body\":\"B\"}");
        Files.writeString(dir.resolve("d.md"), "# notes");
        Path site = Files.createDirectories(dir.resolve("site/news"));
        Files.writeString(dir.resolve("site/robots.txt"), "User-agent: *");
        Files.writeString(site.resolve("page.html"), "<p>x</p>");

        assertThat(List.of(Articles.Kind.of(dir.resolve("a.txt")), Articles.Kind.of(dir.resolve("b.json")),
                Articles.Kind.of(dir.resolve("c.json")), Articles.Kind.of(site.resolve("page.html"))))
                .containsExactly(Articles.Kind.TEXT, Articles.Kind.JSON_ARRAY, Articles.Kind.JSON, Articles.Kind.HTML);
        assertThat(Articles.Kind.of(dir.resolve("d.md"))).isNull();
        assertThat(Articles.insideWebSite(dir, site.resolve("page.html"))).isTrue();
        assertThat(Articles.insideWebSite(dir, dir.resolve("a.txt"))).isFalse();
    }
}
