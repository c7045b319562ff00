package dev.newsflow.ingest.intake;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of one item of a batch.
 *
 * @param index position of the item in the batch, from 0
 * @param id    the article id, when the item was readable enough to have one
 * @param error what went wrong, for {@code rejected} and {@code failed} items
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(int index, String id, IngestStatus status, String error) {
}
