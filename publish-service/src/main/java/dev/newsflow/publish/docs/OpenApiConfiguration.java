package dev.newsflow.publish.docs;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.publish.filter.ArticleFilter;
import dev.newsflow.publish.filter.Duplicates;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI publishApi() {
        return new OpenAPI().info(new Info()
                .title("newsflow publish-service")
                .version("v1")
                .description("The read API: enriched articles by id, full-text search with filters and stable"
                        + " cursor paging, facet and entity counts, and a resumable Server-Sent Events stream of"
                        + " newly stored article versions with the same filters. Every error is"
                        + " application/problem+json."));
    }

    @Bean
    OperationCustomizer articleFilterParameters() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(ArticleFilterParameters.class)) {
                filterParameters().forEach(operation::addParametersItem);
            }
            return operation;
        };
    }

    private static List<Parameter> filterParameters() {
        return List.of(
                query(ArticleFilter.Q, new StringSchema().maxLength(500), "Full-text query over title (weighted"
                        + " highest), summary and keywords, and body, each indexed in the article's language."
                        + " Words are ANDed; \"quoted phrases\" match in order; -word excludes; `or` between"
                        + " words; word* (two or more letters or digits) matches words starting with it, also"
                        + " where the language's stemmer stored them shorter (negotiat* finds negotiations, stored"
                        + " as negoti; so it also finds negotiable). With `language`, the query is read in that language,"
                        + " else each article is matched with the query read in the article's own language."
                        + " Orders the results by relevance: the newest 1,000 (rank-window) articles matching in"
                        + " title, summary or keywords first, ranked (title highest), then every other match, newest"
                        + " first. Free"
                        + " text is matched as text: quotes or SQL in it are just characters.",
                        "\"central bank\" inflation negot*"),
                query(ArticleFilter.ENTITY, new StringSchema().maxLength(200), "Canonical entity name, exact"
                        + " but case-insensitive (see GET /api/v1/entities).", "Vladimir Putin"),
                query(ArticleFilter.ENTITY_TYPE, enumSchema(EntityType.values()), "Narrows `entity` to one type;"
                        + " needs `entity`.", "PERSON"),
                query(ArticleFilter.LANGUAGE, new StringSchema().pattern("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"),
                        "ISO 639-1 language code of the article.", "en"),
                query(ArticleFilter.SOURCE, new StringSchema().maxLength(200), "Source, exact.", "globe-wire"),
                query(ArticleFilter.CATEGORY, enumSchema(Category.values()), "Category, case-insensitive.",
                        "POLITICS"),
                query(ArticleFilter.FROM, new StringSchema(), "Lower bound, inclusive: an ISO-8601 instant"
                        + " (2024-05-01T10:00:00Z, or with an offset, '+' encoded as %2B) or a date (2024-05-01,"
                        + " its start in UTC). Applies to the time the article was published as its source"
                        + " says, else the time it was ingested.", "2024-05-01"),
                query(ArticleFilter.TO, new StringSchema(), "Upper bound, exclusive, on the same time as `from`;"
                        + " a date includes that whole day (UTC). Must be after `from`.", "2024-05-31"),
                query(ArticleFilter.DUPLICATES, lowerCaseEnumSchema(Duplicates.values()), "include (default): originals"
                        + " and near-duplicates; exclude: only articles that are no duplicate of an earlier"
                        + " one; only: only the duplicates.", "exclude"),
                query(ArticleFilter.DUPLICATE_OF, new StringSchema().maxLength(200), "An article id: only the"
                        + " near-duplicates linked to it (its copies).", "u-3f2a9c"));
    }

    private static Parameter query(String name, Schema<?> schema, String description, String example) {
        return new Parameter().in("query").name(name).required(false).schema(schema).description(description)
                .example(example);
    }

    private static StringSchema lowerCaseEnumSchema(Enum<?>[] values) {
        StringSchema schema = new StringSchema();
        Arrays.stream(values).forEach(value -> schema.addEnumItem(value.name().toLowerCase(Locale.ROOT)));
        return schema;
    }

    private static StringSchema enumSchema(Enum<?>[] values) {
        StringSchema schema = new StringSchema();
        Arrays.stream(values).forEach(value -> schema.addEnumItem(value.name()));
        return schema;
    }
}
