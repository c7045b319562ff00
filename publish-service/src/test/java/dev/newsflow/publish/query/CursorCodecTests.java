package dev.newsflow.publish.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorCodecTests {

    private final CursorCodec codec = new CursorCodec("test-secret");

    @Test
    void roundTripsThePosition() {
        String cursor = codec.encode(12345L, "q1");
        assertThat(codec.decode(cursor, "q1")).isEqualTo(12345L);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void rejectsAnyChangedByte() {
        byte[] bytes = Base64.getUrlDecoder().decode(codec.encode(42L, "q1"));
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
            assertThatThrownBy(() -> codec.decode(cursor, "q1")).isInstanceOf(InvalidQueryException.class);
        }
    }

    @Test
    void rejectsACursorOfAnotherQueryOrAnotherKey() {
        String cursor = codec.encode(42L, "q1");
        assertThatThrownBy(() -> codec.decode(cursor, "q2")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> new CursorCodec("other-secret").decode(cursor, "q1"))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void rejectsGarbage() {
        for (String garbage : new String[] {"", "not base64!", "AAAA", "' OR 1=1 --"}) {
            assertThatThrownBy(() -> codec.decode(garbage, "q1"))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("cursor");
        }
    }
}
