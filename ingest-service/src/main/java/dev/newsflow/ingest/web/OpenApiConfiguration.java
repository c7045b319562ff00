package dev.newsflow.ingest.web;

import dev.newsflow.contracts.Topics;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.headers.Header.StyleEnum;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI description at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}
 * (both outside {@code /api}, so open even where API keys are configured). The error answers are
 * added to every {@code /api} operation here, because they are made outside the controllers: by
 * {@link ProblemHandler}, {@link RequestBodies} and {@link ApiKeyFilter}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String API_KEY = "apiKey";
    private static final String BEARER = "bearer";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/ProblemDetail";

    @Bean
    OpenAPI ingestOpenApi() {
        return new OpenAPI()
                .info(new Info().title("newsflow ingest-service").version("v1").description("""
                        The HTTP edge of newsflow: articles sent here are written to `%s`, keyed by article id, \
                        and acknowledged only once the broker holds them. Producers with a Kafka client can write \
                        to that topic directly instead (see docs/asyncapi.yaml).""".formatted(Topics.RAW)))
                .components(new Components()
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyFilter.API_KEY_HEADER))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            // referenced below; registered here in case no annotation mentioned it
            openApi.getComponents().addSchemas("ProblemDetail", ModelConverters.getInstance()
                    .readAllAsResolvedSchema(ProblemDetail.class).schema);
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperations().forEach(operation -> {
                    // API keys are optional (INGEST_API_KEYS); either form is enough where they are configured
                    operation.addSecurityItem(new SecurityRequirement().addList(API_KEY))
                            .addSecurityItem(new SecurityRequirement().addList(BEARER));
                    ApiResponses responses = operation.getResponses();
                    responses.addApiResponse("400", problem("Not a valid article (the problem's `errors` say which "
                            + "field and why), an empty batch, or a body that is not valid in its charset"));
                    responses.addApiResponse("401", problem("API keys are configured and the request carries none, "
                            + "or an unknown one (send `X-API-Key: KEY` or `Authorization: Bearer KEY`)"));
                    responses.addApiResponse("413", problem("The body is larger than this endpoint takes, or the batch "
                            + "has too many articles"));
                    responses.addApiResponse("415", problem("A Content-Type this endpoint does not take; the problem's "
                            + "`supported` lists the ones it does"));
                    if (!path.endsWith("/batch")) {
                        responses.addApiResponse("503", problem("The broker did not acknowledge the article in time; "
                                + "nothing was promised, send it again after Retry-After seconds")
                                .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                                        .style(StyleEnum.SIMPLE).schema(new IntegerSchema())
                                        .description("Seconds after which to try again")));
                    }
                });
            });
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new io.swagger.v3.oas.models.media.MediaType()
                                .schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
    }
}
