package dev.newsflow.ingest.sources.registry;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.ingest.sources.SourceKind;
import dev.newsflow.ingest.sources.SourcesProperties;
import dev.newsflow.ingest.sources.fetch.AddressGuard;
import dev.newsflow.ingest.sources.fetch.FetchException;
import dev.newsflow.ingest.sources.fetch.WebUrls;
import org.springframework.stereotype.Service;

/** Registering, changing and removing sources, with every input checked before anything is written. */
@Service
public class SourceService {

    /** {@code POST /api/v1/sources}: only {@code url} is required. */
    public record NewSource(String url, String kind, String name, String pollInterval) {
    }

    /** {@code PATCH /api/v1/sources/{id}}: whatever is not null changes. */
    public record Change(Boolean paused, String pollInterval, String name) {
    }

    private static final int MAX_NAME_CHARS = 256;

    private final SourceRegistry registry;
    private final AddressGuard guard;
    private final SourcesProperties properties;
    private final Clock clock;

    SourceService(SourceRegistry registry, AddressGuard guard, IngestProperties properties, Clock sourcesClock) {
        this.registry = registry;
        this.guard = guard;
        this.properties = properties.sources();
        this.clock = sourcesClock;
    }

    public SourceView create(NewSource request) {
        if (request == null) {
            throw invalid("Send a JSON object such as {\"url\": \"https://example.com/feed.xml\"}");
        }
        URI uri = checkedUrl(request.url());
        SourceKind kind;
        try {
            kind = SourceKind.parse(request.kind()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        Duration interval = interval(request.pollInterval(), properties.defaultPollInterval());
        String name = name(request.name());
        requireLoaded();
        String id = SourceDefinition.idFor(uri.toString());
        if (registry.find(id).isPresent()) {
            throw new SourceException(SourceException.Kind.CONFLICT, "The URL " + uri + " is already registered as source "
                    + id, id);
        }
        Instant now = clock.instant();
        SourceDefinition saved = registry.save(new SourceDefinition(id, uri.toString(), kind, name, interval, false, now, now));
        return view(saved);
    }

    public List<SourceView> list() {
        requireLoaded();
        return registry.all().stream()
                .sorted(Comparator.comparing(SourceDefinition::createdAt).thenComparing(SourceDefinition::id))
                .map(this::view)
                .toList();
    }

    public SourceView get(String id) {
        return view(existing(id));
    }

    public SourceView change(String id, Change change) {
        if (change == null || (change.paused() == null && change.pollInterval() == null && change.name() == null)) {
            throw invalid("Send at least one of \"paused\" (true/false), \"pollInterval\" (e.g. \"PT10M\") and \"name\"");
        }
        SourceDefinition source = existing(id);
        Duration interval = change.pollInterval() == null ? null : interval(change.pollInterval(), null);
        SourceDefinition changed = source.with(interval, change.paused(), change.name() == null ? null : name(change.name()),
                clock.instant());
        return view(registry.save(changed));
    }

    public void delete(String id) {
        existing(id);
        registry.delete(id);
    }

    private SourceDefinition existing(String id) {
        requireLoaded();
        return registry.find(id).orElseThrow(() -> new SourceException(SourceException.Kind.NOT_FOUND,
                "No source with id " + id + " (GET /api/v1/sources lists them)"));
    }

    private SourceView view(SourceDefinition source) {
        return SourceView.of(source, registry.state(source.id()), properties.failingAfter(), clock.instant());
    }

    /** http(s), and a host that resolves to addresses the fetcher may use; checked now so the user hears at once. */
    private URI checkedUrl(String url) {
        try {
            URI uri = WebUrls.parse(url);
            guard.check(uri);
            return uri;
        } catch (FetchException e) {
            throw invalid(e.getMessage());
        }
    }

    private Duration interval(String text, Duration fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Duration interval;
        try {
            interval = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid("pollInterval must be an ISO-8601 duration such as \"PT5M\" or \"PT1H\", was \"" + text + "\"");
        }
        if (interval.compareTo(properties.minPollInterval()) < 0) {
            throw invalid("pollInterval must be at least " + properties.minPollInterval() + ", was " + interval);
        }
        return interval;
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.strip().length() > MAX_NAME_CHARS) {
            throw invalid("name must be at most " + MAX_NAME_CHARS + " characters");
        }
        return name.strip();
    }

    private void requireLoaded() {
        if (!registry.isLoaded()) {
            throw new SourceException(SourceException.Kind.LOADING,
                    "This instance is still reading the sources from Kafka; try again in a few seconds");
        }
    }

    private static SourceException invalid(String message) {
        return new SourceException(SourceException.Kind.INVALID, message);
    }
}
