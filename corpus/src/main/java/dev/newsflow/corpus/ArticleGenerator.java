package dev.newsflow.corpus;

import dev.newsflow.contracts.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Repeatable English news articles of 2 to 5 KB (about 3.2 KB on average): people, places and organisations, attributed
 * quotes, and the mess real feeds carry (comment forms, copyright lines, navigation runs,
 * per-source furniture, the title repeated in the body, repeated sentences, one-line scrapes).
 * The same seed always yields the same articles. Not thread-safe: one generator per thread.
 */
public final class ArticleGenerator {

    private static final String[] PEOPLE = {"Vladimir Putin", "Kim Jong Un", "Olaf Scholz", "Emmanuel Macron",
        "Joe Biden", "Rishi Sunak", "Narendra Modi", "Xi Jinping", "Ursula von der Leyen", "Antonio Guterres",
        "Maria Gonzalez", "David Chen", "Sarah Okafor", "Thomas Berger", "Priya Raman", "Jens Stoltenberg",
        "Christine Lagarde", "Jerome Powell", "Fumio Kishida", "Luiz Inacio Lula da Silva"};
    private static final String[] ROLES = {"President", "Prime Minister", "Foreign Minister", "Chancellor",
        "Secretary-General", "central bank governor", "opposition leader", "spokesperson", "mayor", "chief executive"};
    private static final String[] PLACES = {"Moscow", "Pyongyang", "Berlin", "Paris", "Washington", "London",
        "New Delhi", "Beijing", "Brussels", "Geneva", "Tokyo", "Brasilia", "Kyiv", "Seoul", "Nairobi", "Madrid",
        "Russia", "North Korea", "Germany", "France", "Japan", "Brazil", "Ukraine", "Kenya", "Spain", "India"};
    private static final String[] ORGS = {"United Nations", "European Union", "NATO", "World Health Organization",
        "International Monetary Fund", "World Bank", "Federal Reserve", "European Central Bank", "Red Cross",
        "Siemens AG", "Toyota Motor Corp", "Reuters", "Amnesty International", "World Trade Organization"};
    private static final String[] TOPICS = {"trade", "security", "energy prices", "climate policy", "inflation",
        "food supplies", "the election", "the ceasefire", "interest rates", "the budget", "vaccination",
        "migration", "the space programme", "water shortages", "the pension reform"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] SENTENCES = {
        "{P} met {P2} in {L} on {D} to discuss {T}.",
        "The talks in {L} lasted more than {N} hours, officials said.",
        "According to the {O}, {T} will dominate the agenda for the rest of the year.",
        "{R} {P} said the government would present new proposals on {T} within {N} days.",
        "Critics argue that the plan does little to address {T} in the short term.",
        "Analysts at the {O} expect growth of {N}.{N2} per cent next year.",
        "The meeting came after weeks of tension over {T} between {L} and {L2}.",
        "Protesters gathered outside the parliament in {L} on {D} evening.",
        "Mr. {S} told reporters that no decision had been taken yet.",
        "Dr. {S}, who advises the {O}, said the figures were worse than expected.",
        "The U.S. delegation arrived in {L} late on {D}.",
        "More than {N}00 people attended the summit, which was held behind closed doors.",
        "The {O} warned that {T} could become a serious problem for {L}.",
        "Shares in {O} fell {N}.{N2}% after the announcement.",
        "A spokesperson for the {O} declined to comment on the report.",
        "Both sides agreed to meet again in {L2} next month.",
        "The agreement still has to be approved by lawmakers in {L}.",
        "Local media in {L} reported that security had been tightened around the venue.",
        "It was the first visit by a leader of {L} to {L2} in {N} years.",
        "Officials in {L2} described the discussions as constructive but difficult.",
        "The opposition accused {P} of ignoring the real concerns of voters about {T}.",
        "Observers said the outcome would shape relations between {L} and {L2} for years.",
        "Earlier this year, the {O} published a report on {T} that drew wide attention.",
        "The visit was planned months in advance, according to diplomats familiar with the matter.",
    };
    private static final String[] QUOTES = {
        "“We are ready to work together on {T},” {P} said.",
        "“This is a historic moment for our two countries,” {P} told reporters in {L}.",
        "{P} said: “Nobody should underestimate how serious {T} has become.”",
        "“We will not accept any conditions that harm our people,” said {P}.",
        "“The numbers speak for themselves,” a senior official at the {O} said.",
    };
    private static final String[] GENERIC_BOILERPLATE = {"Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Copyright © {Y} {SRC} All Rights Reserved", "Share this article", "Facebook Twitter WhatsApp Email",
        "Sign up for our newsletter to get the latest news delivered to your inbox.",
        "We use cookies to improve your experience on our site."};
    private static final String NAV = "Home | World | Politics | Business | Sport | Tech | Opinion";
    private static final String[] SOURCES = {"ann", "daily-courier", "globe-wire", "metro-post", "northern-times",
        "pacific-herald", "the-ledger", "valley-news"};

    private final SplittableRandom random;
    private long sequence;

    public ArticleGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next plain-text article (occasionally one long scraped line). */
    public RawArticle next() {
        long n = sequence++;
        String source = pick(SOURCES);
        String title = title();
        List<String> paragraphs = new ArrayList<>();
        if (random.nextInt(100) < 15) {
            paragraphs.add(NAV);
        }
        String firstSentence = random.nextInt(100) < 30 ? title + "." : null;
        int targetChars = 2000 + random.nextInt(2000);
        int chars = 0;
        List<String> said = new ArrayList<>();
        while (chars < targetChars) {
            StringBuilder paragraph = new StringBuilder();
            if (firstSentence != null) {
                paragraph.append(firstSentence).append(' ');
                firstSentence = null;
            }
            int sentences = 2 + random.nextInt(3);
            for (int i = 0; i < sentences; i++) {
                String sentence = random.nextInt(100) < 20 ? fill(pick(QUOTES)) : fill(pick(SENTENCES));
                if (!said.isEmpty() && random.nextInt(100) < 3) {
                    sentence = said.get(random.nextInt(said.size()));
                }
                said.add(sentence);
                paragraph.append(sentence).append(' ');
            }
            String text = paragraph.toString().strip();
            paragraphs.add(text);
            chars += text.length() + 2;
        }
        if (random.nextInt(100) < 70) {
            paragraphs.add(furniture(source, 0));
            paragraphs.add(furniture(source, 1));
        }
        if (random.nextInt(100) < 30) {
            for (int i = 0; i < 3; i++) {
                paragraphs.add(pick(GENERIC_BOILERPLATE).replace("{Y}", "2024").replace("{SRC}", source.toUpperCase(Locale.ROOT)));
            }
        }
        String separator = random.nextInt(100) < 10 ? " " : "\n\n";
        String body = String.join(separator, paragraphs);
        String id = "gen-" + n;
        String url = "https://www." + source + ".example/news/" + id;
        return new RawArticle(id, url, source, title, body, RawArticle.TEXT_PLAIN, null,
                "2024-05-0" + (1 + random.nextInt(9)) + "T10:00:00Z", fill("{P}"), Map.of("generator", "bench"));
    }

    /** The next article as an HTML page with page furniture around it. */
    public RawArticle nextHtml() {
        RawArticle article = next();
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>")
                .append(article.title()).append(" | ").append(article.source()).append("</title>")
                .append("<meta property=\"og:title\" content=\"").append(article.title()).append("\">")
                .append("<link rel=\"canonical\" href=\"").append(article.url()).append("\">")
                .append("<meta name=\"author\" content=\"").append(article.author()).append("\">")
                .append("<script>window.dataLayer=[];</script></head><body>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>")
                .append("<article><h1>").append(article.title()).append("</h1>");
        for (String paragraph : article.body().split("\n\n")) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        html.append("<div class=\"share-buttons\">Share on Facebook Share on Twitter</div></article>")
                .append("<aside class=\"related\"><h3>Related stories</h3><ul><li>Another story</li></ul></aside>")
                .append("<footer>Copyright © 2024 ").append(article.source()).append("</footer></body></html>");
        return new RawArticle(article.id(), article.url(), article.source(), "", html.toString(), RawArticle.TEXT_HTML,
                null, null, null, article.metadata());
    }

    private String title() {
        String[] templates = {"{P} Pledges Support To {L} During Talks On {T}", "{O} Warns Of Risks To {T}",
            "{P} And {P2} Meet In {L}", "Talks In {L} End Without Deal On {T}", "{L} Faces Protests Over {T}"};
        return fill(pick(templates));
    }

    private String furniture(String source, int which) {
        String name = source.toUpperCase(Locale.ROOT);
        return which == 0 ? "Follow " + name + " on Telegram for the latest updates."
                : "Download the " + name + " app for breaking news alerts.";
    }

    private String fill(String template) {
        String person = pick(PEOPLE);
        String place = pick(PLACES);
        String other = pick(PLACES);
        return template.replace("{P2}", pick(PEOPLE)).replace("{P}", person)
                .replace("{S}", person.substring(person.lastIndexOf(' ') + 1))
                .replace("{R}", pick(ROLES)).replace("{L2}", other).replace("{L}", place).replace("{O}", pick(ORGS))
                .replace("{T}", pick(TOPICS)).replace("{D}", pick(DAYS))
                .replace("{N2}", Integer.toString(random.nextInt(10))).replace("{N}", Integer.toString(2 + random.nextInt(30)));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
