package dev.newsflow.enrichment.quotes;

import dev.newsflow.contracts.Quote;
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
}
