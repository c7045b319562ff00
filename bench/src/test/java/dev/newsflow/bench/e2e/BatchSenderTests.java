package dev.newsflow.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.bench.BenchArticles.Encoded;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSenderTests {

    private static final List<Encoded> SENT = List.of(encoded("a"), encoded("b"), encoded("c"));

    @Test
    void onlyFailedItemsAreSentAgain() throws Exception {
        String answer = """
                {"accepted":1,"duplicate":1,"rejected":0,"failed":1,"results":[
                {"index":0,"id":"a","status":"accepted"},{"index":1,"id":"b","status":"failed","error":"broker"},
                {"index":2,"id":"c","status":"duplicate"}]}""";

        assertThat(BatchSender.notWritten(SENT, answer)).extracting(Encoded::id).containsExactly("b");
    }

    @Test
    void aRejectedItemStopsTheRun() {
        String answer = """
                {"results":[{"index":0,"id":"a","status":"accepted"},{"index":1,"id":"b","status":"rejected",
                "error":"title is required"},{"index":2,"id":"c","status":"accepted"}]}""";

        assertThatThrownBy(() -> BatchSender.notWritten(SENT, answer)).hasMessageContaining("b was rejected: title is required");
    }

    @Test
    void theBodyIsOneArticlePerLine() {
        assertThat(new String(BatchSender.ndjson(SENT), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n");
    }

    @Test
    void fixedRateBatchesAreSmall() {
        assertThat(FixedRate.batchSize(10)).isEqualTo(1);
        assertThat(FixedRate.batchSize(500)).isEqualTo(25);
        assertThat(FixedRate.batchSize(5000)).isEqualTo(50);
        assertThat(ReadStore.upperBound("bench-r1-e2e-")).isEqualTo("bench-r1-e2e.");
    }

    private static Encoded encoded(String id) {
        return new Encoded(id, ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
