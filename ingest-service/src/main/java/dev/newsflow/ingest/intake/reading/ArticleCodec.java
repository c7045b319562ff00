package dev.newsflow.ingest.intake.reading;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsflow.contracts.RawArticle;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bytes of a RawArticle record value. Output is deterministic (metadata keys sorted, nulls
 * left out) so the same article always encodes to the same bytes, which the duplicate check
 * relies on.
 */
public final class ArticleCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // only record components are fields of the contract, never convenience getters
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    public byte[] encode(RawArticle article) {
        return mapper.writeValueAsBytes(article);
    }
}
