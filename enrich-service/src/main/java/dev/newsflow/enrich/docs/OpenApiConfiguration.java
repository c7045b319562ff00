package dev.newsflow.enrich.docs;

import dev.newsflow.contracts.Topics;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * enrich-service takes no requests of its own: its interface is Kafka (docs/asyncapi.yaml). The
 * OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}) says so and
 * lists the actuator endpoints the launcher and scrapers use.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI enrichOpenApi() {
        return new OpenAPI().info(new Info().title("newsflow enrich-service").version("v1").description("""
                Reads raw articles from `%s` and writes each one cleaned and enriched to `%s`, in Kafka \
                transactions that also commit the consumed offsets, so `read_committed` readers see every raw \
                record's result exactly once. Records that can never be enriched go to `%s` with their original \
                bytes. Its HTTP side is operations only: health (including the broker) and Prometheus metrics. \
                The topics and their schemas are described in docs/asyncapi.yaml."""
                .formatted(Topics.RAW, Topics.ENRICHED, Topics.RAW_DEAD_LETTER)));
    }
}
