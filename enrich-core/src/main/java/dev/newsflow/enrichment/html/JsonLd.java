package dev.newsflow.enrichment.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schema.org article a page describes in its JSON-LD: found as the top object, inside an
 * array or inside {@code @graph}, authors given by name, as a list or as {@code @id} references
 * to {@code Person} nodes of the graph.
 *
 * @param name      the article's {@code name}, when it is a string
 * @param headline  its {@code headline}
 * @param author    its authors' names joined with ", "
 */
record JsonLd(String name, String headline, String author, String datePublished, String publisher,
        String description, String language) {

    static final JsonLd NONE = new JsonLd(null, null, null, null, null, null, null);

    /** schema.org types of articles and posts (the types Mozilla Readability reads, plus a few). */
    private static final Pattern ARTICLE_TYPES = Pattern.compile(
            "Article|NewsArticle|Report|Posting|BlogPosting|TechArticle|APIReference|WebPage|ItemPage");
    private static final Pattern PAGE_TYPES = Pattern.compile("WebPage|ItemPage");
    private static final int MAX_SCRIPT_CHARS = 500_000;

    /** The article of the first script that describes one (an article type beats a web page). */
    static JsonLd of(List<String> scripts) {
        JsonLd page = null;
        for (String script : scripts) {
            if (script.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            Object parsed = Json.parse(stripWrapper(script));
            if (parsed == null) {
                continue;
            }
            List<Map<?, ?>> nodes = new ArrayList<>();
            collect(parsed, nodes, 0);
            Map<?, ?> article = null;
            Map<?, ?> webPage = null;
            Map<?, ?> untyped = null;
            for (Map<?, ?> node : nodes) {
                String type = types(node.get("@type"));
                if (type == null && untyped == null && node.get("headline") instanceof String) {
                    untyped = node;
                }
                if (type == null || !ARTICLE_TYPES.matcher(type).find()) {
                    continue;
                }
                if (PAGE_TYPES.matcher(type).find()) {
                    webPage = webPage == null ? node : webPage;
                } else {
                    article = node;
                    break;
                }
            }
            if (article == null) {
                article = untyped;
            }
            if (article != null) {
                return read(article, nodes);
            }
            if (webPage != null && page == null) {
                page = read(webPage, nodes);
            }
        }
        return page == null ? NONE : new JsonLd(null, null, page.author, page.datePublished, page.publisher, null,
                page.language);
    }

    private static String stripWrapper(String script) {
        String s = script.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.strip();
        if (s.startsWith("//<![CDATA[") || s.startsWith("<![CDATA[")) {
            s = s.substring(s.indexOf("[CDATA[") + 7);
        }
        int end = s.lastIndexOf("]]>");
        if (end >= 0 && end > s.length() - 10) {
            s = s.substring(0, end);
            if (s.endsWith("//")) {
                s = s.substring(0, s.length() - 2);
            }
        }
        s = s.strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    }

    /** Every object of the top level, of top-level arrays and of {@code @graph}s, in order. */
    private static void collect(Object value, List<Map<?, ?>> out, int depth) {
        if (depth > 3 || out.size() > 200) {
            return;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                collect(item, out, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.add(map);
            Object graph = map.get("@graph");
            if (graph != null) {
                collect(graph, out, depth + 1);
            }
        }
    }

    private static String types(Object type) {
        if (type instanceof String s) {
            return s;
        }
        if (type instanceof List<?> list) {
            StringBuilder all = new StringBuilder();
            for (Object t : list) {
                if (t instanceof String s) {
                    all.append(s).append(' ');
                }
            }
            return all.toString();
        }
        return null;
    }

    private static JsonLd read(Map<?, ?> article, List<Map<?, ?>> nodes) {
        return new JsonLd(string(article.get("name")), string(article.get("headline")),
                authors(article.get("author"), nodes), string(article.get("datePublished")),
                name(article.get("publisher"), nodes), string(article.get("description")),
                string(article.get("inLanguage")));
    }

    private static String authors(Object author, List<Map<?, ?>> nodes) {
        if (author == null) {
            return null;
        }
        List<Object> items = author instanceof List<?> list ? new ArrayList<>(list) : List.of(author);
        List<String> names = new ArrayList<>();
        Set<String> seen = java.util.Collections.newSetFromMap(new java.util.HashMap<>());
        for (Object item : items) {
            String name = item instanceof String s ? clean(s) : name(item, nodes);
            if (name != null && !looksLikeUrl(name) && seen.add(name) && names.size() < 10) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The {@code name} of an object, following an {@code @id} reference into the graph. */
    private static String name(Object value, List<Map<?, ?>> nodes) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            value = list.get(0);
        }
        if (!(value instanceof Map<?, ?> map)) {
            return value instanceof String s && !looksLikeUrl(s) ? clean(s) : null;
        }
        String name = string(map.get("name"));
        if (name != null) {
            return name;
        }
        Object id = map.get("@id");
        if (id instanceof String ref) {
            Map<Object, Boolean> visited = new IdentityHashMap<>();
            for (Map<?, ?> node : nodes) {
                if (node != map && visited.put(node, Boolean.TRUE) == null && ref.equals(node.get("@id"))) {
                    return string(node.get("name"));
                }
            }
        }
        return null;
    }

    private static String string(Object value) {
        return value instanceof String s ? clean(s) : null;
    }

    private static String clean(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static boolean looksLikeUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//");
    }
}
