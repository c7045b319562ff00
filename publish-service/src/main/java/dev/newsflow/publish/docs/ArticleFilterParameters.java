package dev.newsflow.publish.docs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that takes the article filter parameters, so the OpenAPI description lists
 * them (described once, in {@link OpenApiConfiguration}) although the handler reads them as a map.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ArticleFilterParameters {
}
