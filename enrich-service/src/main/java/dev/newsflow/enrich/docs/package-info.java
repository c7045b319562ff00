/** The OpenAPI description of the service's HTTP side, which is operations only. */
package dev.newsflow.enrich.docs;
