package dev.newsflow.ingest.sources;

import java.time.Clock;

import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.ingest.sources.feeds.Listings;
import dev.newsflow.ingest.sources.fetch.AddressGuard;
import dev.newsflow.ingest.sources.fetch.Fetcher;
import dev.newsflow.ingest.sources.fetch.HostGate;
import dev.newsflow.ingest.sources.fetch.Robots;
import dev.newsflow.ingest.sources.polling.PoliteFetch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fetching machinery, shared by polling and {@code POST /api/v1/articles/fetch}. */
@Configuration(proxyBeanMethods = false)
class SourcesConfiguration {

    @Bean
    Clock sourcesClock() {
        return Clock.systemUTC();
    }

    @Bean
    AddressGuard addressGuard(IngestProperties properties) {
        return AddressGuard.systemResolver(properties.sources().fetch().allowedHosts());
    }

    @Bean
    Fetcher fetcher(AddressGuard guard, IngestProperties properties) {
        return new Fetcher(guard, properties.sources().fetch());
    }

    @Bean
    PoliteFetch politeFetch(Fetcher fetcher, IngestProperties properties, Clock sourcesClock) {
        SourcesProperties.Fetch config = properties.sources().fetch();
        return new PoliteFetch(fetcher, new Robots(fetcher, sourcesClock),
                new HostGate(config.hostRate(), config.hostConcurrency(), System::nanoTime));
    }

    @Bean
    Listings listings(IngestProperties properties) {
        return new Listings(properties.sources().fetch().maxBytes(), properties.sources().seenCapacity());
    }
}
