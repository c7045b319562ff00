package dev.newsflow.publish;

import static dev.newsflow.publish.TestArticles.searchable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Search, filters, facets, entities and paging over HTTP, against articles that came through the broker. */
class SearchIntegrationTests extends AbstractReadApiIntegrationTests {

    @Test
    void findsWordsPhrasesExclusionsAndPrefixesMostRelevantFirst() throws Exception {
        String w1 = uniqueWord();
        String w2 = uniqueWord();
        String source = TestArticles.uniqueId("text");
        EnrichedArticle inTitle = article(source, "Report on " + w1, "Nothing else to say here.");
        EnrichedArticle inBody = article(source, "Other news", "The " + w1 + " was mentioned once.");
        EnrichedArticle phrase = article(source, "Phrase news", "They said " + w1 + " " + w2 + " today.");
        EnrichedArticle apart = article(source, "Apart news", "Both " + w2 + " and later " + w1 + " appear.");
        EnrichedArticle longer = article(source, "Prefix news", "A longer word " + w1 + "zz appears.");
        produceAndAwait(inTitle, inBody, phrase, apart, longer);

        List<String> byWord = ids(get("/api/v1/articles?source={s}&q={q}", source, w1));
        assertThat(byWord).containsExactlyInAnyOrder(inTitle.id(), inBody.id(), phrase.id(), apart.id());
        assertThat(byWord.get(0)).as("a title match ranks first").isEqualTo(inTitle.id());
        assertThat(ids(get("/api/v1/articles?source={s}&q={q}", source, "\"" + w1 + " " + w2 + "\"")))
                .containsExactly(phrase.id());
        assertThat(ids(get("/api/v1/articles?source={s}&q={q}", source, w1 + " " + w2)))
                .containsExactlyInAnyOrder(phrase.id(), apart.id());
        assertThat(ids(get("/api/v1/articles?source={s}&q={q}", source, w1 + " -" + w2)))
                .containsExactlyInAnyOrder(inTitle.id(), inBody.id());
        assertThat(ids(get("/api/v1/articles?q={q}", w1.substring(0, 8) + "*")))
                .containsExactlyInAnyOrder(inTitle.id(), inBody.id(), phrase.id(), apart.id(), longer.id());
        assertThat(ids(get("/api/v1/articles?q={q}", w1 + "zz"))).containsExactly(longer.id());
    }

    @Test
    void indexesEachArticleInItsLanguage() throws Exception {
        String source = TestArticles.uniqueId("german");
        EnrichedArticle german = searchable(TestArticles.uniqueId("de"), 1, source, "Lange Verhandlungen in Berlin",
                "Die Verhandlungen dauerten bis in die Nacht.", "de", Category.POLITICS, List.of(), null);
        EnrichedArticle english = searchable(TestArticles.uniqueId("en"), 1, source, "Long talks in Berlin",
                "The Verhandlung word appears in English text.", "en", Category.POLITICS, List.of(), null);
        produceAndAwait(german, english);

        // German stemming: the singular finds the plural, in German articles only when asked in German
        assertThat(ids(get("/api/v1/articles?source={s}&language=de&q=Verhandlung", source))).containsExactly(german.id());
        assertThat(ids(get("/api/v1/articles?source={s}&q=Verhandlungen", source))).contains(german.id());
    }

    @Test
    void filtersByEntityWithAndWithoutType() throws Exception {
        String name = "Ada " + Character.toUpperCase(uniqueWord().charAt(2)) + uniqueWord();
        String source = TestArticles.uniqueId("entity");
        EnrichedArticle person = withEntities(source, new Entity(name, EntityType.PERSON, 2));
        EnrichedArticle company = withEntities(source, new Entity(name, EntityType.ORGANIZATION, 1));
        EnrichedArticle neither = withEntities(source, new Entity("Someone Else", EntityType.PERSON, 1));
        // the characters that delimit keys and array literals are part of the name
        String odd = name + ": {Jr, \"II\"}";
        EnrichedArticle punctuated = withEntities(source, new Entity(odd, EntityType.PERSON, 1));
        produceAndAwait(person, company, neither, punctuated);

        assertThat(ids(get("/api/v1/articles?entity={e}", name))).containsExactlyInAnyOrder(person.id(), company.id());
        assertThat(ids(get("/api/v1/articles?entity={e}", name.toLowerCase()))).hasSize(2);
        assertThat(ids(get("/api/v1/articles?entity={e}&entityType=PERSON", name))).containsExactly(person.id());
        assertThat(ids(get("/api/v1/articles?entity={e}&entityType=location", name))).isEmpty();
        assertThat(ids(get("/api/v1/articles?entity={e}", odd.toUpperCase()))).containsExactly(punctuated.id());
        assertThat(ids(get("/api/v1/articles?entity={e}&entityType=PERSON", name + ":"))).isEmpty();

        // counters that call the entity common: the same articles, checked one by one instead
        jdbc.sql("UPDATE entity_stats SET articles = articles + 1000000 WHERE name = :name").param("name", name).update();
        assertThat(ids(get("/api/v1/articles?entity={e}", name.toLowerCase()))).containsExactlyInAnyOrder(person.id(), company.id());
        assertThat(ids(get("/api/v1/articles?entity={e}&entityType=PERSON", name))).containsExactly(person.id());
        assertThat(ids(get("/api/v1/articles?entity={e}&entityType=location", name))).isEmpty();
    }

    @Test
    void filtersByLanguageSourceCategoryAndTime() throws Exception {
        String source = TestArticles.uniqueId("fields");
        EnrichedArticle march1 = searchable(TestArticles.uniqueId("m1"), 1, source, "One", "Text one.", "en",
                Category.POLITICS, List.of(), "2021-03-01T10:00:00Z");
        EnrichedArticle march5 = searchable(TestArticles.uniqueId("m5"), 1, source, "Two", "Text two.", "de",
                Category.SPORT, List.of(), "2021-03-05T10:00:00Z");
        EnrichedArticle undated = searchable(TestArticles.uniqueId("nd"), 1, source, "Three", "Text three.", "en",
                Category.SPORT, List.of(), null);
        produceAndAwait(march1, march5, undated);
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).toString();

        assertThat(ids(get("/api/v1/articles?source={s}", source))).hasSize(3);
        assertThat(ids(get("/api/v1/articles?source={s}&language=de", source))).containsExactly(march5.id());
        assertThat(ids(get("/api/v1/articles?source={s}&category=sport", source)))
                .containsExactly(undated.id(), march5.id());
        assertThat(ids(get("/api/v1/articles?source={s}&from=2021-03-02&to=2021-03-31", source)))
                .containsExactly(march5.id());
        assertThat(ids(get("/api/v1/articles?source={s}&to=2021-03-01", source))).containsExactly(march1.id());
        assertThat(ids(get("/api/v1/articles?source={s}&from=2021-03-05T10:00:00Z&to=2021-03-05T10:00:01Z", source)))
                .containsExactly(march5.id());
        assertThat(ids(get("/api/v1/articles?source={s}&from={f}", source, yesterday)))
                .as("without publishedAt, the ingestion time counts").containsExactly(undated.id());
        assertThat(ids(get("/api/v1/articles?source={s}-other", source))).isEmpty();
    }

    @Test
    void includesExcludesOrOnlyReturnsNearDuplicates() throws Exception {
        String source = TestArticles.uniqueId("dups");
        String hash = TestArticles.randomContentHash();
        EnrichedArticle original = TestArticles.article(TestArticles.uniqueId("orig"), 1, source, hash,
                TestArticles.randomSimhash(), Instant.now());
        produceAndAwait(original);
        EnrichedArticle copy = TestArticles.article(TestArticles.uniqueId("copy"), 1, source, hash,
                TestArticles.randomSimhash(), Instant.now());
        EnrichedArticle other = TestArticles.article(TestArticles.uniqueId("other"), 1, source,
                TestArticles.randomContentHash(), TestArticles.randomSimhash(), Instant.now());
        produceAndAwait(copy, other);

        assertThat(ids(get("/api/v1/articles?source={s}", source))).hasSize(3);
        assertThat(ids(get("/api/v1/articles?source={s}&duplicates=include", source))).hasSize(3);
        assertThat(ids(get("/api/v1/articles?source={s}&duplicates=exclude", source)))
                .containsExactlyInAnyOrder(original.id(), other.id());
        assertThat(ids(get("/api/v1/articles?source={s}&duplicates=only", source))).containsExactly(copy.id());
    }

    @Test
    void countsFacetsForAnyQuery() throws Exception {
        String word = uniqueWord();
        String ann = TestArticles.uniqueId("ann");
        String bee = TestArticles.uniqueId("bee");
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(searchable(TestArticles.uniqueId("f"), 1, ann, "Facet " + i, "About " + word + ".", "en",
                    Category.POLITICS, List.of(), null));
        }
        articles.add(searchable(TestArticles.uniqueId("f"), 1, bee, "Facet", "Über " + word + ".", "de",
                Category.SPORT, List.of(), null));
        produceAndAwait(articles.toArray(EnrichedArticle[]::new));

        JsonNode facets = get("/api/v1/articles/facets?q={q}", word);
        assertThat(facets.get("total").asLong()).isEqualTo(4);
        assertThat(facets.get("exact").asBoolean()).isTrue();
        assertThat(facets.get("window").isNull()).isTrue();
        assertThat(counts(facets.get("categories"))).containsExactly("POLITICS=3", "SPORT=1");
        assertThat(counts(facets.get("languages"))).containsExactly("en=3", "de=1");
        assertThat(counts(facets.get("sources"))).containsExactly(ann + "=3", bee + "=1");
        JsonNode top = get("/api/v1/articles/facets?q={q}&language=en&size=1", word);
        assertThat(top.get("total").asLong()).isEqualTo(3);
        assertThat(counts(top.get("sources"))).containsExactly(ann + "=3");
    }

    @Test
    void countsFacetsOfAQueryWithManyMatchesOverTheNewestArticlesAndSaysSo() throws Exception {
        String word = uniqueWord();
        String source = TestArticles.uniqueId("window");
        // more matches than facet-exact-limit=4; facet-window=3: the newest three stored articles are these
        List<EnrichedArticle> articles = IntStream.range(0, 6)
                .mapToObj(i -> searchable(TestArticles.uniqueId("w"), 1, source, "Window " + i, "About " + word + ".",
                        "en", Category.SPORT, List.of(), null))
                .toList();
        produceAndAwait(articles.toArray(EnrichedArticle[]::new));

        JsonNode windowed = get("/api/v1/articles/facets?q={q}", word);
        assertThat(windowed.get("exact").asBoolean()).isFalse();
        assertThat(windowed.get("window").asInt()).isEqualTo(3);
        assertThat(windowed.get("total").asLong()).isEqualTo(3);
        assertThat(counts(windowed.get("sources"))).containsExactly(source + "=3");
        // the search itself is not bounded
        assertThat(ids(get("/api/v1/articles?q={q}", word))).hasSize(6);

        JsonNode fields = get("/api/v1/articles/facets?source={s}", source);
        assertThat(fields.get("exact").asBoolean()).as("without q, every match is counted").isTrue();
        assertThat(fields.get("total").asLong()).isEqualTo(6);
    }

    @Test
    void prefixesAlsoFindWordsTheStemmerStoredShorterThanThePrefix() throws Exception {
        String source = TestArticles.uniqueId("stems");
        EnrichedArticle noun = article(source, "Talks", "Long negotiations ended at dawn.");
        EnrichedArticle verb = article(source, "Talks again", "They will negotiate again.");
        EnrichedArticle agent = article(source, "Agent", "A negotiator arrived.");
        EnrichedArticle other = article(source, "Other", "Nothing of the kind.");
        produceAndAwait(noun, verb, agent, other);

        // english stores negotiations and negotiate as 'negoti', which does not start with 'negotiat'
        for (String language : List.of("", "&language=en")) {
            assertThat(ids(get("/api/v1/articles?source={s}&q={q}" + language, source, "negotiat*")))
                    .containsExactlyInAnyOrder(noun.id(), verb.id(), agent.id());
        }
        assertThat(get("/api/v1/articles/facets?source={s}&q={q}", source, "negotiat*").get("total").asLong())
                .isEqualTo(3);
    }

    @Test
    void matchesEachArticleOnlyWithTheReadingOfItsOwnLanguage() throws Exception {
        String source = TestArticles.uniqueId("readings");
        EnrichedArticle english = searchable(TestArticles.uniqueId("en"), 1, source, "Animals", "A rat ran away.", "en",
                Category.SCIENCE_TECHNOLOGY, List.of(), null);
        EnrichedArticle german = searchable(TestArticles.uniqueId("de"), 1, source, "Kredite", "Die Raten steigen.", "de",
                Category.ECONOMY_BUSINESS_FINANCE, List.of(), null);
        produceAndAwait(english, german);

        // "rates" reads as 'rate' in English and as 'rat' in German: the English 'rat' is no match
        assertThat(ids(get("/api/v1/articles?source={s}&q=rates", source))).containsExactly(german.id());
        assertThat(get("/api/v1/articles/facets?source={s}&q=rates", source).get("total").asLong()).isEqualTo(1);
        assertThat(ids(get("/api/v1/articles?source={s}&q=rat&language=en", source))).containsExactly(english.id());
    }

    @Test
    void listsEntitiesWithArticleCountsAndKeepsThemCurrent() throws Exception {
        String prefix = "Qx" + uniqueWord();
        Entity alpha = new Entity(prefix + " Alpha", EntityType.PERSON, 1);
        Entity beta = new Entity(prefix + " Beta", EntityType.LOCATION, 3);
        String source = TestArticles.uniqueId("entities");
        EnrichedArticle first = withEntities(source, alpha, beta);
        EnrichedArticle second = withEntities(source, alpha);
        produceAndAwait(first, second);

        assertThat(entities("/api/v1/entities?q={q}", prefix.toLowerCase()))
                .containsExactly(alpha.text() + "/PERSON=2", beta.text() + "/LOCATION=1");
        assertThat(entities("/api/v1/entities?q={q}&type=LOCATION", prefix)).containsExactly(beta.text() + "/LOCATION=1");
        assertThat(entities("/api/v1/entities?q={q}&limit=1", prefix)).containsExactly(alpha.text() + "/PERSON=2");

        // a newer version without alpha replaces the old entity keys
        EnrichedArticle newer = searchable(second.id(), 2, source, second.title(), second.body(), "en",
                Category.POLITICS, List.of(beta), null);
        produceAndAwait(newer);
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                assertThat(entities("/api/v1/entities?q={q}", prefix))
                        .containsExactly(beta.text() + "/LOCATION=2", alpha.text() + "/PERSON=1"));
        assertThat(ids(get("/api/v1/articles?entity={e}", alpha.text()))).containsExactly(first.id());
    }

    @Test
    void pagesNeitherSkipNorRepeatWhileArticlesArrive() throws Exception {
        String word = uniqueWord();
        String source = TestArticles.uniqueId("paging");
        // half match in the title (ranked, but only the newest rank-window=5 of them), half only in the body
        List<EnrichedArticle> existing = IntStream.range(0, 24)
                .mapToObj(i -> article(source, i % 2 == 0 ? "Paging " + word + " " + i : "Paging " + i,
                        (word + " ").repeat(1 + i % 4) + "filler text."))
                .toList();
        produceAndAwait(existing.toArray(EnrichedArticle[]::new));
        Set<String> expected = new HashSet<>(existing.stream().map(EnrichedArticle::id).toList());

        for (String order : List.of("&q=" + word, "")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = get("/api/v1/articles?limit=5&source=" + source + order
                        + (cursor == null ? "" : "&cursor=" + cursor));
                seen.addAll(ids(page));
                // arrivals that would sort first in either order, while the client pages
                produceAndAwait(article(source, "Late " + word, word + " " + word + " " + word + " " + word + " late."));
                cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            } while (cursor != null);
            if (!order.isEmpty()) {
                assertThat(seen.subList(0, 5)).as("the ranked window comes first")
                        .allMatch(id -> existing.stream().anyMatch(a -> a.id().equals(id) && a.title().contains(word)));
            }
            assertThat(seen).as("order %s", order).doesNotHaveDuplicates();
            assertThat(new HashSet<>(seen)).as("order %s", order).isEqualTo(expected);
            expected = new HashSet<>(ids(get("/api/v1/articles?limit=100&source=" + source)));
        }
    }

    @Test
    void badInputGetsAProblemSayingWhatIsWrongAndNeverReachesSql() throws Exception {
        String source = TestArticles.uniqueId("bad");
        produceAndAwait(article(source, "One", "Body one."), article(source, "Two", "Body two."));
        String cursor = get("/api/v1/articles?limit=1&source={s}", source).get("nextCursor").asString();

        assertProblem("/api/v1/articles?source={s}&q=x&cursor={c}", "cursor", source, cursor);
        assertProblem("/api/v1/articles?cursor={c}", "cursor", cursor.substring(1));
        assertProblem("/api/v1/articles?limit=101", "limit must be from 1 to 100");
        assertProblem("/api/v1/articles?limit={l}", "limit must be a whole number", "1; DROP TABLE articles");
        assertProblem("/api/v1/articles?q={q}", "at most 500", "x".repeat(501));
        assertProblem("/api/v1/articles?q={q}", "at least one word", "* -");
        assertProblem("/api/v1/articles?q=a*", "at least 2");
        assertProblem("/api/v1/articles?entity=X&entityType=ALIEN", "entityType must be one of");
        assertProblem("/api/v1/articles?entityType=PERSON", "entityType needs entity");
        assertProblem("/api/v1/articles?duplicates=maybe", "duplicates must be one of");
        assertProblem("/api/v1/articles?from=yesterday", "from must be an ISO-8601");
        assertProblem("/api/v1/articles?to=2024-13-01", "to must be an ISO-8601");
        assertProblem("/api/v1/articles?from=2024-05-02&to=2024-05-01T00:00:00Z", "from must be before to");
        assertProblem("/api/v1/articles?category={c}", "category must be one of", "SPORT' OR 1=1 --");
        assertProblem("/api/v1/articles?language={l}", "language must be an ISO 639-1", "en'; DROP TABLE articles; --");
        assertProblem("/api/v1/articles?source={s}", "control characters", "ann\u0000");
        assertProblem("/api/v1/articles?order=rank", "unknown parameter 'order'");
        assertProblem("/api/v1/articles?q=a&q=b", "at most once");
        assertProblem("/api/v1/articles/facets?size=0", "size must be from 1 to 100");
        assertProblem("/api/v1/articles/facets?limit=5", "unknown parameter 'limit'");
        assertProblem("/api/v1/entities?type=ANIMAL", "type must be one of");
        assertProblem("/api/v1/entities?limit=1000", "limit must be from 1 to 100");
        assertProblem("/api/v1/entities?entity=x", "unknown parameter 'entity'");

        // free text is matched as text: quotes and SQL in it find nothing and break nothing
        for (String attack : List.of("' OR '1'='1", "x'); DROP TABLE articles; --", "\\' UNION SELECT doc FROM articles --")) {
            assertThat(ids(get("/api/v1/articles?source={s}", attack))).isEmpty();
            assertThat(ids(get("/api/v1/articles?entity={e}", attack))).isEmpty();
            get("/api/v1/articles?q={q}", attack);
            get("/api/v1/entities?q={q}", attack);
        }
        assertThat(ids(get("/api/v1/articles?source={s}", source))).hasSize(2);
    }

    @Test
    void theOpenApiDescriptionDocumentsEveryParameter() {
        JsonNode api = get("/v3/api-docs");
        JsonNode paths = api.get("paths");
        assertThat(parameterNames(paths.get("/api/v1/articles").get("get"))).containsExactlyInAnyOrder(
                "q", "entity", "entityType", "language", "source", "category", "from", "to", "duplicates", "duplicateOf", "limit", "cursor");
        assertThat(parameterNames(paths.get("/api/v1/articles/facets").get("get"))).contains("q", "duplicates", "size");
        assertThat(parameterNames(paths.get("/api/v1/articles/stream").get("get")))
                .contains("q", "entity", "lastEventId", "Last-Event-ID").doesNotContain("cursor", "limit");
        assertThat(parameterNames(paths.get("/api/v1/entities").get("get"))).containsExactlyInAnyOrder("type", "q", "limit");
        assertThat(paths.get("/api/v1/articles/{id}")).isNotNull();
        paths.forEach(path -> path.forEach(operation -> operation.path("parameters").forEach(parameter ->
                assertThat(parameter.path("description").asString()).as(parameter.toString()).isNotBlank())));
        int swagger = http.get().uri("/swagger-ui.html").retrieve().toEntity(String.class).getStatusCode().value();
        assertThat(swagger).isIn(200, 302);
    }

    private static EnrichedArticle article(String source, String title, String body) {
        return searchable(TestArticles.uniqueId("a"), 1, source, title, body, "en", Category.POLITICS, List.of(), null);
    }

    private static EnrichedArticle withEntities(String source, Entity... entities) {
        return searchable(TestArticles.uniqueId("e"), 1, source, "Entities", "Some text.", "en", Category.POLITICS,
                List.of(entities), null);
    }

    private List<String> entities(String path, Object... variables) {
        List<String> found = new ArrayList<>();
        get(path, variables).get("items").forEach(item -> found.add(item.get("name").asString() + "/"
                + item.get("type").asString() + "=" + item.get("articles").asLong()));
        return found;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> counts(JsonNode facet) {
        List<String> counts = new ArrayList<>();
        facet.forEach(entry -> counts.add(entry.get("value").asString() + "=" + entry.get("count").asLong()));
        return counts;
    }

    private static List<String> parameterNames(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> names.add(parameter.get("name").asString()));
        return names;
    }
}
