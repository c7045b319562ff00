/** The OpenAPI description of the read API (springdoc; Swagger UI at /swagger-ui.html). */
package dev.newsflow.publish.docs;
