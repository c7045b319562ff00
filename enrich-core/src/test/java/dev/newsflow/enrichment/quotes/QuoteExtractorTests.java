package dev.newsflow.enrichment.quotes;

import dev.newsflow.contracts.Quote;
import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.TestArticles;
import dev.newsflow.enrichment.lexicon.WordLists;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTests {

    @Test
    void everyFirstPersonWordIsAStopWordSinceOnlyStopWordsAreCheckedForIt() {
        assertThat(QuoteExtractor.FIRST_PERSON).allMatch(WordLists::isStopWord);
    }

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> quotes(String body) {
        return extractor.extract(TestArticles.of("", body));
    }

    @Test
    void seedQuotesWithTheirSpeakers() {
        List<Quote> quotes = extractor.extract(TestArticles.seed());

        assertThat(quotes).contains(
                new Quote("Vladimir Putin", "I am happy to see you again in Russia and to welcome you"),
                new Quote("Vladimir Putin", "I am delighted to welcome you back to Russia."),
                new Quote("Vladimir Putin", "We’re meeting at a very special time"));
        // the quotation opened after "Kim Jong told Putin," runs over three paragraphs
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Kim Jong Un");
            assertThat(q.text()).startsWith("The Soviet Union played a huge role")
                    .contains("The roots of our friendship").endsWith("against hegemonic forces.");
        });
        // reported speech is not a quotation; scare quotes are not either
        assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("we will always support"))
                .doesNotContain("holy war");
    }

    @Test
    void attributionAfterTheQuote() {
        assertThat(quotes("“We will rebuild the town,” Mayor Anne Hidalgo said on Monday."))
                .containsExactly(new Quote("Anne Hidalgo", "We will rebuild the town"));
        assertThat(quotes("\"The market is not ready for this,\" said Jane Fraser."))
                .containsExactly(new Quote("Jane Fraser", "The market is not ready for this"));
        assertThat(quotes("“Nothing is decided until everything is decided.” — Michel Barnier"))
                .containsExactly(new Quote("Michel Barnier", "Nothing is decided until everything is decided."));
    }

    @Test
    void attributionBeforeTheQuoteAndPronouns() {
        List<Quote> quotes = quotes("Angela Merkel told reporters: “We can do this together.” "
                + "“It will take years,” she said.");

        assertThat(quotes).containsExactly(new Quote("Angela Merkel", "We can do this together."),
                new Quote("Angela Merkel", "It will take years"));
    }

    @Test
    void unattributedQuotesHaveNoSpeaker() {
        assertThat(quotes("A sign read “no entry beyond this point” all week."))
                .containsExactly(new Quote(null, "no entry beyond this point"));
    }

    @Test
    void unclosedQuotesAreDropped() {
        assertThat(quotes("He began “this will never close and goes on")).isEmpty();
    }

    private List<Quote> quotes(String language, String body) {
        TextAnalysis english = TestArticles.of("", body);
        return extractor.extract(new TextAnalysis("", body, english.sentences(), language));
    }

    @Test
    void germanQuotesAndSpeakers() {
        assertThat(quotes("de", "„Wir werden die Stadt wieder aufbauen“, sagte Oberbürgermeisterin Anna Weber am Montag. "
                + "„Das wird Jahre dauern“, sagte sie. „Die Lage ist ernst, aber beherrschbar“, so Weber."))
                .containsExactly(new Quote("Anna Weber", "Wir werden die Stadt wieder aufbauen"),
                        new Quote("Anna Weber", "Das wird Jahre dauern"),
                        new Quote("Anna Weber", "Die Lage ist ernst, aber beherrschbar"));
        assertThat(quotes("de", "Nancy Faeser sagte am Montag: »Wir schützen unsere Grenzen besser.«"))
                .containsExactly(new Quote("Nancy Faeser", "Wir schützen unsere Grenzen besser."));
        assertThat(quotes("de", "„Wir prüfen den Vorgang sehr genau“, sagte der Sprecher des Ministeriums."))
                .containsExactly(new Quote(null, "Wir prüfen den Vorgang sehr genau"));
    }

    @Test
    void frenchQuotesAndSpeakers() {
        assertThat(quotes("fr", "« Nous allons reconstruire la ville », a déclaré le président Emmanuel Macron. "
                + "« Cela prendra des années », a-t-il ajouté. Le ministre a déclaré : « Rien n'est encore décidé. »"))
                .containsExactly(new Quote("Emmanuel Macron", "Nous allons reconstruire la ville"),
                        new Quote("Emmanuel Macron", "Cela prendra des années"),
                        new Quote(null, "Rien n'est encore décidé."));
        // a term set in guillemets is no quotation
        assertThat(quotes("fr", "Le dispositif introduit une forme de « pêche au chalut » très large.")).isEmpty();
    }

    @Test
    void spanishPortugueseAndItalianQuotes() {
        assertThat(quotes("es", "«Vamos a reconstruir la ciudad», dijo el presidente Pedro Sánchez. "
                + "«Llevará muchos años», añadió."))
                .containsExactly(new Quote("Pedro Sánchez", "Vamos a reconstruir la ciudad"),
                        new Quote("Pedro Sánchez", "Llevará muchos años"));
        assertThat(quotes("pt", "\"Em 2012 eu errei com a taça\", falou Tite ao programa."))
                .containsExactly(new Quote("Tite", "Em 2012 eu errei com a taça"));
        assertThat(quotes("it", "«La lotta alla mafia vuol dire lavoro e scuola». Lo ha detto don Luigi Ciotti, "
                + "presidente di Libera. «Il Garante ha profuso il suo impegno». Così il Presidente della Repubblica, "
                + "Sergio Mattarella, in un messaggio."))
                .containsExactly(new Quote("Luigi Ciotti", "La lotta alla mafia vuol dire lavoro e scuola"),
                        new Quote("Sergio Mattarella", "Il Garante ha profuso il suo impegno"));
    }

    @Test
    void otherLanguagesGetNoQuotes() {
        assertThat(quotes("nl", "„We gaan de stad herbouwen”, zei burgemeester Anna de Vries.")).isEmpty();
        assertThat(quotes("zh", "他说：“我们将重建这座城市。”")).isEmpty();
    }
}
