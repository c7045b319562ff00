package dev.newsflow.enrichment.entities;

import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.TestArticles;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTests {

    private final EntityExtractor extractor = new EntityExtractor();

    private static List<String> texts(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::text).toList();
    }

    private static Entity find(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void seedNamesEachPersonOnceWithMergedCounts() {
        List<Entity> entities = extractor.extract(TestArticles.seed());

        List<String> persons = texts(entities, EntityType.PERSON);
        assertThat(persons).containsOnlyOnce("Vladimir Putin", "Kim Jong Un")
                .doesNotContain("Putin", "Kim", "Kim Jong", "President Vladimir Putin");
        // "Putin" alone is most of the article's mentions: they must have been counted for Vladimir Putin
        assertThat(find(entities, "Vladimir Putin").count()).isGreaterThanOrEqualTo(15);
        assertThat(find(entities, "Kim Jong Un").count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void seedPlacesIncludeRussiaAndNorthKoreaWithTheLongNameAsAnAlias() {
        List<Entity> entities = extractor.extract(TestArticles.seed());

        List<String> locations = texts(entities, EntityType.LOCATION);
        assertThat(locations).contains("Russia", "North Korea", "Vostochny Cosmodrome")
                .doesNotContain("Democratic People's Republic of Korea", "Democratic People’s Republic of Korea", "Korea");
        assertThat(find(entities, "North Korea").count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void seedHasNoSentenceStartersTitlesOrDemonymsAsEntities() {
        List<String> all = extractor.extract(TestArticles.seed()).stream().map(Entity::text).toList();

        assertThat(all).doesNotContain("Get", "According", "Finally", "Recently", "Of course", "Thank", "Our", "The",
                "We", "I", "Cosmodrome", "President", "Russian", "North Korean", "Leave a Reply", "Copyright");
    }

    @Test
    void straightAndCurlyApostrophesNameTheSameCountry() {
        TextAnalysis text = TestArticles.of("", "Officials of the Democratic People's Republic of Korea met. "
                + "Later the Democratic People’s Republic of Korea said it agreed.");

        List<Entity> entities = extractor.extract(text);

        assertThat(entities).containsExactly(new Entity("North Korea", EntityType.LOCATION, 2));
    }

    @Test
    void titlesAreCuesAndNotPartOfTheName() {
        TextAnalysis text = TestArticles.of("", "Prime Minister Narendra Modi met Chancellor Olaf Scholz in Berlin. "
                + "Mr. Modi said the talks went well, and spokesman Steffen Hebestreit agreed.");

        List<Entity> entities = extractor.extract(text);

        assertThat(texts(entities, EntityType.PERSON))
                .containsExactlyInAnyOrder("Narendra Modi", "Olaf Scholz", "Steffen Hebestreit");
        assertThat(find(entities, "Narendra Modi").count()).isEqualTo(2);
        assertThat(texts(entities, EntityType.LOCATION)).containsExactly("Berlin");
    }

    @Test
    void demonymsCountForTheirCountryOnlyWhenItIsNamedAndAreNeverPeople() {
        TextAnalysis text = TestArticles.of("", "The Russian said he would stay. Russian troops left Ukraine. "
                + "Americans were told to leave. Russia denied it.");

        List<Entity> entities = extractor.extract(text);

        assertThat(texts(entities, EntityType.PERSON)).isEmpty();
        assertThat(find(entities, "Russia").count()).isEqualTo(3);
        // "Americans" alone names no place: gold standards count nationalities apart from places
        assertThat(texts(entities, EntityType.LOCATION)).containsExactlyInAnyOrder("Russia", "Ukraine");
    }

    @Test
    void anAmbiguousShortNameIsNotCreditedToEitherPerson() {
        TextAnalysis text = TestArticles.of("", "Kim Jong Un arrived with his sister Kim Yo Jong. "
                + "Later Kim said the visit was a success.");

        List<String> persons = texts(extractor.extract(text), EntityType.PERSON);

        assertThat(persons).containsExactlyInAnyOrder("Kim Jong Un", "Kim Yo Jong");
    }

    @Test
    void organisationsComeFromSuffixesGazetteerAndContext() {
        TextAnalysis text = TestArticles.of("", "Shares of Acme Robotics Inc. rose after the Bank of England cut rates. "
                + "NATO and the UN welcomed the move, Reuters reported.");

        List<String> organisations = texts(extractor.extract(text), EntityType.ORGANIZATION);

        assertThat(organisations).contains("Acme Robotics Inc", "Bank of England", "NATO", "United Nations", "Reuters");
    }

    @Test
    void wireDatelinesNameTheirPlace() {
        TextAnalysis text = TestArticles.of("", "AL-AIN, United Arab Emirates 1996-12-06\n\nThe match ended in a draw.\n\n"
                + "ROME 1996-12-06\n\nThe talks went on.");

        List<String> locations = texts(extractor.extract(text), EntityType.LOCATION);

        assertThat(locations).containsExactlyInAnyOrder("Al-Ain", "United Arab Emirates", "Rome");
    }

    @Test
    void initialsStayInsideAPersonsName() {
        TextAnalysis text = new TextAnalysis("", "", List.of("President-elect Donald J. Trump met George H.W. Bush on Friday."),
                "en");

        assertThat(texts(extractor.extract(text), EntityType.PERSON))
                .containsExactlyInAnyOrder("Donald J. Trump", "George H.W. Bush");
    }

    @Test
    void titlesOfWorksInQuotesAndEventsAreNoEntities() {
        TextAnalysis text = TestArticles.of("", "Nintendo will sell \u201cSuper Mario Run\u201d for $10. "
                + "The Copa Libertadores final is in Madrid, and Islamists protested.");

        List<Entity> entities = extractor.extract(text);

        assertThat(entities).extracting(Entity::text).containsExactlyInAnyOrder("Nintendo", "Madrid");
        assertThat(texts(entities, EntityType.ORGANIZATION)).containsExactly("Nintendo");
    }

    @Test
    void organisationsFromAcronymsCompanyCuesAndSuffixes() {
        TextAnalysis text = TestArticles.of("", "The talks were led by UEFA and the BBC reported them. "
                + "The search engine Quorix lost users, and Zentrava's shares fell. "
                + "Toyota Motor Corp gained while the CEO spoke about GDP.");

        List<String> organisations = texts(extractor.extract(text), EntityType.ORGANIZATION);

        assertThat(organisations).containsExactlyInAnyOrder("UEFA", "BBC", "Quorix", "Zentrava", "Toyota Motor Corp");
    }

    @Test
    void inASportsReportATownBeforeAScoreIsATeamAndACountryStaysAPlace() {
        TextAnalysis text = TestArticles.of("SOCCER - ENGLISH LEAGUE RESULTS",
                "Results of English league matches on Saturday: Leicester 1 Newcastle 2, Italy 2 Georgia 0.");

        List<Entity> entities = extractor.extract(text);

        assertThat(texts(entities, EntityType.ORGANIZATION)).containsExactlyInAnyOrder("Leicester", "Newcastle");
        assertThat(texts(entities, EntityType.LOCATION)).containsExactlyInAnyOrder("Italy", "Georgia");
    }

    @Test
    void countryNamesInOtherLanguagesCountForTheCountry() {
        TextAnalysis text = new TextAnalysis("", "", List.of("Le séisme au Népal a fait 5 500 morts, selon Paris.",
                "Alemania y Estados Unidos enviaron ayuda."), "fr");

        List<String> locations = texts(extractor.extract(text), EntityType.LOCATION);

        assertThat(locations).containsExactlyInAnyOrder("Nepal", "Paris", "Germany", "United States");
    }

    @Test
    void inALanguageWithoutRulesOnlyKnownNamesAreCounted() {
        TextAnalysis text = new TextAnalysis("", "", List.of("Tým manažera Davida Moyese prohání giganty v Londýně.",
                "Podle agentury Reuters je Praha připravena."), "cs");

        List<Entity> entities = extractor.extract(text);

        assertThat(entities).extracting(Entity::text).containsExactly("Reuters");
    }

    @Test
    void germanNounsAreNotNames() {
        TextAnalysis text = new TextAnalysis("", "", List.of(
                "Das direkte Erstellen von Einmal Passwörtern unterstützt der Passwortmanager von AgileBits GmbH.",
                "Bundeskanzler Olaf Scholz sagte, die Datenbank Verbesserungen seien gut."), "de");

        List<Entity> entities = extractor.extract(text);

        assertThat(texts(entities, EntityType.PERSON)).containsExactly("Olaf Scholz");
        assertThat(texts(entities, EntityType.ORGANIZATION)).containsExactly("AgileBits GmbH");
    }

    @Test
    void sortedByCountThenName() {
        List<Entity> entities = extractor.extract(TestArticles.seed());

        assertThat(entities).isSortedAccordingTo(Comparator.comparingInt(Entity::count).reversed()
                .thenComparing(Entity::text));
    }

    @Test
    void headlineCaseTitleOnlyCountsNamesKnownFromTheBody() {
        TextAnalysis text = TestArticles.of("Markets Rally As Investors Cheer Powell Remarks",
                "Fed Chair Jerome Powell said inflation was easing.");

        List<Entity> entities = extractor.extract(text);

        assertThat(texts(entities, EntityType.PERSON)).containsExactly("Jerome Powell");
        assertThat(find(entities, "Jerome Powell").count()).isEqualTo(2);
        assertThat(entities).extracting(Entity::text).doesNotContain("Markets Rally", "Investors Cheer");
    }

    @Test
    void anAcronymDefinedInBracketsNamesAnOrganisationAndCountsForIt() {
        TextAnalysis text = TestArticles.of("", "Members of the Resistencia Ancestral Mapuche (RAM) were arrested. "
                + "Police said RAM had claimed the attacks.");

        List<Entity> entities = extractor.extract(text);

        assertThat(texts(entities, EntityType.ORGANIZATION)).containsExactly("Resistencia Ancestral Mapuche");
        assertThat(find(entities, "Resistencia Ancestral Mapuche").count()).isEqualTo(3);
        assertThat(texts(entities, EntityType.PERSON)).isEmpty();
    }

    @Test
    void townsInSportsResultsAndTablesAreTeams() {
        TextAnalysis text = TestArticles.of("SOCCER - LEICESTER BEAT NEWCASTLE",
                "LONDON 1996-12-06\nResults of English league soccer matches on Friday:\nLeicester 1 Newcastle 2\n"
                + "Standings:\nNEWCASTLE 17 10 3 4 32 20 33\nBARNSLEY 17 8 4 5 25 22 28\n"
                + "Leicester manager Martin O'Neill praised his side.");

        List<Entity> entities = extractor.extract(text);

        assertThat(texts(entities, EntityType.ORGANIZATION)).extracting(String::toLowerCase)
                .contains("leicester", "newcastle", "barnsley");
        assertThat(texts(entities, EntityType.LOCATION)).containsExactly("London");
    }

    @Test
    void aClubNamedAfterItsTownIsATownOutsideSport() {
        TextAnalysis text = TestArticles.of("", "The council in Leicester approved the new budget on Monday. "
                + "Residents of Leicester had asked for more buses.");

        assertThat(texts(extractor.extract(text), EntityType.LOCATION)).contains("Leicester");
    }

    @Test
    void sameResultFromManyThreads() {
        TextAnalysis seed = TestArticles.seed();
        List<Entity> expected = extractor.extract(seed);

        List<List<Entity>> results = IntStream.range(0, 64).parallel()
                .mapToObj(i -> extractor.extract(i % 2 == 0 ? seed : TestArticles.seed())).toList();

        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
