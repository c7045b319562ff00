package dev.newsflow.enrichment.html;

import dev.newsflow.contracts.RemovalReason;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Recognises page furniture by tag, ARIA role, or a class/id word ("share-buttons" has "share"). */
final class Furniture {

    /** Never content: dropped silently apart from a count. */
    static final String CODE_TAGS = "script, style, noscript, template, svg, iframe, object, embed, canvas";

    static final Set<String> TAGS = Set.of("nav", "aside", "footer", "form", "button", "select", "textarea", "input",
            "dialog", "menu");

    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "dialog", "alertdialog", "menu", "menubar");

    private static final Map<String, RemovalReason> WORDS = Map.ofEntries(
            Map.entry("cookie", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("cookies", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("consent", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("gdpr", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("share", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("sharing", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("social", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("newsletter", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("subscribe", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("subscription", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("comments", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("respond", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("disqus", RemovalReason.BOILERPLATE_PATTERN),
            Map.entry("related", RemovalReason.RELATED_CONTENT),
            Map.entry("recommended", RemovalReason.RELATED_CONTENT),
            Map.entry("readmore", RemovalReason.RELATED_CONTENT),
            Map.entry("trending", RemovalReason.RELATED_CONTENT),
            Map.entry("popular", RemovalReason.RELATED_CONTENT),
            Map.entry("nav", RemovalReason.HTML_NON_CONTENT),
            Map.entry("navbar", RemovalReason.HTML_NON_CONTENT),
            Map.entry("navigation", RemovalReason.HTML_NON_CONTENT),
            Map.entry("menu", RemovalReason.HTML_NON_CONTENT),
            Map.entry("breadcrumb", RemovalReason.HTML_NON_CONTENT),
            Map.entry("breadcrumbs", RemovalReason.HTML_NON_CONTENT),
            Map.entry("sidebar", RemovalReason.HTML_NON_CONTENT),
            Map.entry("footer", RemovalReason.HTML_NON_CONTENT),
            Map.entry("masthead", RemovalReason.HTML_NON_CONTENT),
            Map.entry("advert", RemovalReason.HTML_NON_CONTENT),
            Map.entry("advertisement", RemovalReason.HTML_NON_CONTENT),
            Map.entry("ads", RemovalReason.HTML_NON_CONTENT),
            Map.entry("promo", RemovalReason.HTML_NON_CONTENT),
            Map.entry("sponsored", RemovalReason.HTML_NON_CONTENT),
            Map.entry("paywall", RemovalReason.HTML_NON_CONTENT));

    private Furniture() {
    }

    /** Why the element is furniture, or null when it may hold content. */
    static RemovalReason reasonFor(Element element) {
        RemovalReason byName = byWords(element.className());
        if (byName == null) {
            byName = byWords(element.id());
        }
        if (byName != null) {
            return byName;
        }
        if (TAGS.contains(element.normalName())) {
            return RemovalReason.HTML_NON_CONTENT;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && ROLES.contains(role)) {
            return RemovalReason.HTML_NON_CONTENT;
        }
        return "true".equalsIgnoreCase(element.attr("aria-hidden")) ? RemovalReason.HTML_NON_CONTENT : null;
    }

    private static RemovalReason byWords(String names) {
        if (names.isEmpty()) {
            return null;
        }
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                RemovalReason reason = WORDS.get(names.substring(start, i).toLowerCase(Locale.ROOT));
                if (reason != null) {
                    return reason;
                }
                start = -1;
            }
        }
        return null;
    }
}
