package dev.newsflow.enrichment.clean;

import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The removed[] list, bounded: each text is cut to {@value #MAX_TEXT} characters and after
 * {@value #MAX_ITEMS} items the rest are counted per reason, so an article of ten thousand
 * repeated sentences does not produce a ten-thousand-item event.
 */
final class Removals {

    static final int MAX_ITEMS = 100;
    static final int MAX_TEXT = 300;

    private final List<Removal> items = new ArrayList<>();
    private final Map<RemovalReason, Integer> overflow = new EnumMap<>(RemovalReason.class);

    void add(String text, RemovalReason reason) {
        if (items.size() < MAX_ITEMS) {
            String cut = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
            items.add(new Removal(cut, reason));
        } else {
            overflow.merge(reason, 1, Integer::sum);
        }
    }

    void addAll(List<Removal> removals) {
        for (Removal removal : removals) {
            add(removal.text(), removal.reason());
        }
    }

    List<Removal> toList() {
        List<Removal> all = new ArrayList<>(items);
        overflow.forEach((reason, count) -> all.add(new Removal("(" + count + " more)", reason)));
        return all;
    }
}
