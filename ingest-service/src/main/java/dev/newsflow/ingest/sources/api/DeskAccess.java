package dev.newsflow.ingest.sources.api;

import dev.newsflow.ingest.IngestProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * publish-service's desk, a page of another origin, reads the sources' health from here; only the origins
 * configured ({@code INGEST_SOURCES_DESK_ORIGINS}) may, and only to read.
 */
@Configuration(proxyBeanMethods = false)
class DeskAccess implements WebMvcConfigurer {

    private final String[] origins;

    DeskAccess(IngestProperties properties) {
        this.origins = properties.sources().deskOrigins().toArray(String[]::new);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (origins.length > 0) {
            registry.addMapping("/api/v1/sources/**").allowedOrigins(origins).allowedMethods("GET")
                    .allowedHeaders("X-API-Key", "Authorization", "Accept");
            registry.addMapping("/api/v1/sources").allowedOrigins(origins).allowedMethods("GET")
                    .allowedHeaders("X-API-Key", "Authorization", "Accept");
        }
    }
}
