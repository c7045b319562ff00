package dev.newsflow.publish.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityReaderTests {

    @Test
    void aPrefixMatchesLiterallyAndCaseInsensitively() {
        assertThat(EntityReader.likePrefix("Vlad")).isEqualTo("vlad%");
        assertThat(EntityReader.likePrefix("100%_\\")).isEqualTo("100\\%\\_\\\\%");
    }
}
