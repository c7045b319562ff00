package dev.newsflow.enrichment.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** ISO 639-3 (what the OpenNLP model predicts) to ISO 639-1 (what EnrichedArticle carries). */
final class IsoCodes {

    private static final Map<String, String> TO_ISO_639_1 = build();

    private IsoCodes() {
    }

    /** The two-letter code, or null when the language has none. */
    static String toIso6391(String iso6393) {
        return TO_ISO_639_1.get(iso6393);
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.putIfAbsent(new Locale(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // a two-letter code without a three-letter form: nothing to map
            }
        }
        // individual languages the model uses where ISO 639-1 names the macrolanguage
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("lvs", "lv");
        map.put("ekk", "et");
        map.put("swh", "sw");
        map.put("zsm", "ms");
        map.put("nob", "nb");
        map.put("nno", "nn");
        map.put("pnb", "pa");
        map.put("plt", "mg");
        map.put("azj", "az");
        map.put("uzn", "uz");
        return Map.copyOf(map);
    }
}
