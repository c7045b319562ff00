package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The desk in headless Chromium against the real services: search and filters, the seed article with
 * its entities and the explained cleaning, following an entity, live arrivals, and hostile article
 * text shown as text. Runs where Debian's chromium and chromium-driver are installed (.ci/run installs
 * them); elsewhere it is skipped, saying so. Screenshots of each view go to target/desk-screenshots.
 */
@ExtendWith(Pipeline.Resolver.class)
class DeskBrowserTests {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NEWSFLOW_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("NEWSFLOW_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Pipeline.ROOT.resolve("e2e-tests/target/desk-screenshots");

    static Pipeline pipeline;
    static WebDriver browser;
    static String seedId;
    static String harbourId;

    @BeforeAll
    static void openTheDesk(Pipeline started) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver): the desk's browser tests are skipped");
        pipeline = started;
        seedId = pipeline.post("text/plain; charset=utf-8", HttpRequest.BodyPublishers.ofFile(Pipeline.SEED)).get("id").asString();
        harbourId = "desk-harbour-" + UUID.randomUUID();
        pipeline.post("application/json", HttpRequest.BodyPublishers.ofString(Pipeline.JSON.writeValueAsString(Map.of(
                "id", harbourId, "source", "harbour-gazette", "language", "en",
                "title", "Harbour of Vladivostok reopens after the storm",
                "body", "The harbour in Vladivostok reopened on Monday after three days of storm. "
                        + "\u201CWe are back,\u201D said Anna Petrova, the harbour master. Ships from Japan arrived at noon."))));
        pipeline.awaitStored(seedId);
        pipeline.awaitStored(harbourId);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("desk-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1400));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchFiltersAndEveryStateHasAnAddress() throws Exception {
        open("/?q=" + encode("harbour"));
        waitFor(By.cssSelector(".hits li"));
        assertThat(titles()).contains("Harbour of Vladivostok reopens after the storm");
        assertThat(browser.findElement(By.id("f-q")).getAttribute("value")).isEqualTo("harbour");
        screenshot("search");

        // a facet is a link: clicking it filters and the address says so
        WebElement source = browser.findElement(By.xpath("//aside//a[normalize-space()='harbour-gazette']"));
        source.click();
        wait(ExpectedConditions.urlContains("source=harbour-gazette"));
        waitFor(By.cssSelector(".hits li"));
        assertThat(titles()).containsExactly("Harbour of Vladivostok reopens after the storm");

        // the form's filters go into the address too
        browser.findElement(By.id("f-q")).clear();
        browser.findElement(By.id("f-q")).sendKeys("summit putin");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-category"))).selectByIndex(0);
        browser.findElement(By.id("f-source")).clear();
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("q=summit+putin"));
        wait(driver -> titles().contains("Kim Jong Un Pledges Full Support To Russia During Summit With Putin"));

        // every control has a label
        List<String> unlabelled = new ArrayList<>();
        for (WebElement control : browser.findElements(By.cssSelector("main input, main select"))) {
            String id = control.getAttribute("id");
            if (id == null || browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty()) {
                unlabelled.add(control.getAttribute("name"));
            }
        }
        assertThat(unlabelled).isEmpty();
    }

    @Test
    void theSeedArticleShowsItsEntitiesAndWhatCleaningRemovedAndWhy() throws Exception {
        JsonNode stored = Pipeline.get(pipeline.publish.uri("/api/v1/articles/" + seedId));
        open("/articles/" + seedId);
        waitFor(By.cssSelector("section.removed"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Kim Jong Un Pledges Full Support To Russia During Summit With Putin");
        assertThat(chips("PERSON")).contains("Vladimir Putin", "Kim Jong Un");

        // every removed piece, under its reason, as the read API has it
        for (JsonNode removal : stored.get("removed")) {
            String reason = removal.get("reason").asString();
            List<String> shown = browser.findElements(By.cssSelector("section.removed[data-reason='" + reason + "'] li"))
                    .stream().map(WebElement::getText).toList();
            assertThat(shown).as("removed for %s", reason).contains(removal.get("text").asString().strip());
        }
        String cleaning = browser.findElement(By.cssSelector("aside")).getText();
        assertThat(cleaning).contains("Leave a Reply", "Your email address will not be published",
                "Copyright © 2023 ANN All Rights Reserved");
        // mentions in the text are marked and link to a search for the entity
        assertThat(browser.findElements(By.cssSelector(".body a.ent.PERSON"))).isNotEmpty();
        screenshot("article");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('section.removed').scrollIntoView()");
        screenshot("cleaning");

        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal scrolling at 360 px").isLessThanOrEqualTo(0);
            screenshot("article-360px");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    @Test
    void followingAnEntityOpensItsSearch() throws Exception {
        open("/articles/" + seedId);
        waitFor(By.cssSelector(".chips a.PERSON"));
        browser.findElement(By.xpath("//ul[@class='chips']//a[contains(@class,'PERSON')][starts-with(normalize-space(),'Vladimir Putin')]"))
                .click();
        wait(ExpectedConditions.urlContains("entity=Vladimir+Putin"));
        wait(driver -> titles().contains("Kim Jong Un Pledges Full Support To Russia During Summit With Putin"));
        assertThat(browser.findElement(By.id("f-entity")).getAttribute("value")).isEqualTo("Vladimir Putin");

        open("/entities?q=vlad");
        waitFor(By.cssSelector("table a"));
        assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("Vladimir Putin");
        screenshot("entities");
    }

    @Test
    void aNewArticleArrivesLive() throws Exception {
        open("/?source=live-desk");
        waitFor(By.cssSelector("p[role=status]"));
        wait(driver -> "true".equals(((JavascriptExecutor) driver).executeScript(
                "return String(document.getElementById('live').dataset.connected)")));
        String id = "desk-live-" + UUID.randomUUID();
        pipeline.post("application/json", HttpRequest.BodyPublishers.ofString(Pipeline.JSON.writeValueAsString(Map.of(
                "id", id, "source", "live-desk", "title", "Ferry service resumes across the bay",
                "body", "The ferry across the bay resumed on Tuesday. The operator said the timetable is back to normal."))));
        WebElement banner = wait(ExpectedConditions.elementToBeClickable(By.cssSelector("#live button")));
        assertThat(banner.getText()).startsWith("1 new article");
        screenshot("live");
        banner.click();
        wait(driver -> titles().contains("Ferry service resumes across the bay"));
    }

    @Test
    void hostileArticleTextIsShownAsTextNeverRun() throws Exception {
        String id = "desk-hostile-" + UUID.randomUUID();
        String hostile = "<img src=x onerror=\"window.pwned='img'\"> Council meets <script>window.pwned='script'</script>";
        pipeline.post("application/json", HttpRequest.BodyPublishers.ofString(Pipeline.JSON.writeValueAsString(Map.of(
                "id", id, "title", "Council meets " + hostile, "contentType", "text/plain",
                "body", "The council met on Monday. " + hostile + " It approved the budget for the new school."))));
        pipeline.awaitStored(id);

        open("/articles/" + id);
        waitFor(By.cssSelector(".body p"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>window.pwned='script'</script>");
        assertThat(browser.findElement(By.cssSelector(".body")).getText()).contains("onerror");
        assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void theSourcesTableShowsIngestsSourcesAndTheirHealth() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bay Herald</title>"
                + "<link>http://127.0.0.1/</link><description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
        site.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        site.start();
        try {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/feed.xml";
            var request = HttpRequest.newBuilder(pipeline.ingest.uri("/api/v1/sources"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\",\"name\":\"Bay Herald\"}")).build();
            // ingest answers 503 until it has read the sources topic
            var registered = await("the source registered").atMost(Duration.ofSeconds(60)).until(() -> HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString()), response -> response.statusCode() != 503);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

            open("/sources");
            waitFor(By.cssSelector("table"));
            assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("Bay Herald", url, "feed");
            screenshot("sources");
        } finally {
            site.stop(0);
        }
    }

    private static void open(String path) {
        browser.get(pipeline.publish.uri(path).toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> titles() {
        return browser.findElements(By.cssSelector(".hits h2 a")).stream().map(WebElement::getText).toList();
    }

    private static List<String> chips(String type) {
        return browser.findElements(By.cssSelector(".chips a." + type)).stream()
                .map(chip -> chip.getText().replaceFirst("\\s*×\\d+$", "")).toList();
    }

    private static WebElement waitFor(By what) {
        return wait(ExpectedConditions.visibilityOfElementLocated(what));
    }

    private static <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
