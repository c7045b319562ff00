package dev.newsflow.enrichment.quotes;

import dev.newsflow.enrichment.lexicon.Lexicon;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a language attributes quotations: its speech verbs ("said", "sagte", "a déclaré", "dijo",
 * "disse", "ha detto"), the auxiliaries between subject and verb, the pronouns that stand for the
 * last speaker, the articles before a role ("said the minister", "sagte der Minister": a role, not
 * a name), the words for "according to" ("so Weil", "selon Macron") and its quotation marks.
 *
 * @param english          English keeps its own extra rules (unmarked first-person quotations)
 * @param openers          chars that open a quotation in this language
 * @param titleSuffixes    endings that make a capitalised word a role (German compounds such as
 *                         "Innenministerin", "Regierungssprecher")
 * @param leadIns          after a quotation's full stop, the words that still attribute it
 *                         (Italian wire style: "«…». Lo ha detto Mario Rossi")
 */
record QuoteRules(String language, boolean english, Set<String> verbs, Set<String> auxiliaries, Set<String> pronouns,
                  Set<String> articles, Set<String> accordingTo, String openers, List<String> titleSuffixes,
                  Set<String> leadIns) {

    static final QuoteRules ENGLISH = new QuoteRules("en", true,
            set("said", "says", "say", "told", "tells", "added", "adds", "remarked", "remarks", "stated", "states",
                    "noted", "notes", "explained", "explains", "wrote", "writes", "argued", "argues", "insisted", "insists",
                    "warned", "warns", "declared", "declares", "asked", "asks", "replied", "replies", "recalled", "recalls",
                    "continued", "stressed", "stresses", "admitted", "acknowledged", "tweeted", "posted", "commented",
                    "answered", "responded", "urged", "promised", "vowed", "claimed", "claims", "announced", "confirmed"),
            set("also", "then", "later", "has", "had", "have", "once", "previously", "earlier", "reportedly", "further",
                    "simply", "just"),
            set("he", "she"), set("the"), set(), "“„«\"‘", List.of(), set());

    private static final Map<String, QuoteRules> OTHERS = Map.of(
            "de", new QuoteRules("de", false,
                    set("sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "meinte",
                            "meint", "ergänzte", "ergänzt", "fügte", "warnte", "warnt", "kritisierte", "kritisiert",
                            "schrieb", "schreibt", "forderte", "fordert", "erläuterte", "versicherte", "bekräftigte",
                            "unterstrich", "antwortete", "fragte", "rief", "kündigte", "teilte", "stellte", "räumte",
                            "sprach", "zitiert", "twitterte"),
                    set("hat", "haben", "hatte", "auch", "noch", "dann", "später", "zudem"),
                    set("er", "sie"), set("der", "die", "das", "den", "dem", "des"), set("so", "laut"),
                    "„“«»‚\"", List.of("minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin",
                            "kanzler", "kanzlerin", "chef", "chefin", "vorsitzende", "vorsitzender", "politiker",
                            "politikerin", "meister", "meisterin", "direktor", "direktorin", "leiter", "leiterin", "trainer",
                            "experte", "expertin", "sekretär", "sekretärin", "abgeordnete", "abgeordneter", "general",
                            "generalin", "botschafter", "botschafterin", "richter", "richterin", "anwalt", "anwältin"),
                    set()),
            "fr", new QuoteRules("fr", false,
                    set("dit", "déclare", "déclaré", "affirme", "affirmé", "explique", "expliqué", "ajoute", "ajouté",
                            "estime", "estimé", "souligne", "souligné", "indique", "indiqué", "assure", "assuré", "précise",
                            "précisé", "raconte", "raconté", "confie", "confié", "lance", "lancé", "martèle", "martelé",
                            "insiste", "insisté", "répond", "répondu", "poursuit", "conclut", "prévient", "rappelle",
                            "rappelé", "reconnaît", "reconnu", "admet", "commente", "commenté", "observe", "regrette",
                            "dénonce", "dénoncé", "annonce", "annoncé", "écrit", "tweeté", "déplore", "juge", "jugé"),
                    set("a", "ont", "avait", "avaient", "aussi", "encore", "ensuite", "alors"),
                    set("il", "elle"), set("le", "la", "les", "l'"), set("selon"), "«“„\"", List.of(),
                    set()),
            "es", new QuoteRules("es", false,
                    set("dijo", "dice", "dicen", "dijeron", "afirmó", "afirma", "declaró", "declara", "explicó", "explica",
                            "añadió", "añade", "agregó", "agrega", "señaló", "señala", "indicó", "indica", "aseguró", "asegura",
                            "comentó", "manifestó", "expresó", "sostuvo", "sostiene", "advirtió", "advierte", "subrayó",
                            "destacó", "destaca", "insistió", "apuntó", "relató", "contó", "reconoció", "admitió",
                            "respondió", "preguntó", "escribió", "tuiteó", "concluyó", "remarcó", "enfatizó", "precisó"),
                    set("ha", "han", "había", "también", "luego", "después"),
                    set("él", "ella"), set("el", "la", "los", "las"), set("según"), "«“\"", List.of(),
                    set()),
            "pt", new QuoteRules("pt", false,
                    set("disse", "diz", "dizem", "disseram", "afirmou", "afirma", "declarou", "declara", "explicou",
                            "explica", "acrescentou", "acrescenta", "ressaltou", "destacou", "destaca", "garantiu",
                            "completou", "avaliou", "falou", "fala", "contou", "relatou", "comentou", "respondeu",
                            "perguntou", "escreveu", "reconheceu", "admitiu", "concluiu", "observou", "apontou",
                            "afirmaram", "declararam", "criticou", "defendeu"),
                    set("tem", "têm", "também", "ainda", "depois"),
                    set("ele", "ela"), set("o", "a", "os", "as"), set("segundo"), "“«\"", List.of(),
                    set()),
            "it", new QuoteRules("it", false,
                    set("detto", "dice", "dicono", "dichiarato", "dichiara", "affermato", "afferma", "spiegato",
                            "spiega", "aggiunto", "aggiunge", "sottolineato", "sottolinea", "commentato", "commenta",
                            "osservato", "osserva", "ricordato", "ricorda", "ribadito", "ribadisce", "precisato", "precisa",
                            "assicurato", "assicura", "scritto", "scrive", "risposto", "risponde", "raccontato", "racconta",
                            "annunciato", "annuncia", "avvertito", "avverte", "dichiara", "conclude", "concluso",
                            "evidenziato", "evidenzia", "denunciato", "denuncia"),
                    set("ha", "hanno", "aveva", "avevano", "anche", "poi", "inoltre"),
                    set("lui", "lei"), set("il", "lo", "la", "i", "gli", "le", "l'"), set("secondo"), "«“\"",
                    List.of(), set("così", "lo")));

    /** The rules of a language that has them, else null. */
    static QuoteRules of(String language) {
        if (!Lexicon.isAnalysed(language)) {
            return null;
        }
        String code = Lexicon.of(language).language();
        return code.equals("en") ? ENGLISH : OTHERS.get(code);
    }

    /** The words as a set; a word listed twice is not an error (a duplicate in Set.of would fail class loading). */
    private static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    boolean isOpener(char c) {
        return openers.indexOf(c) >= 0;
    }
}
