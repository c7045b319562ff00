package dev.newsflow.publish.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.publish.filter.InvalidRequestException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorCodecTests {

    private final CursorCodec codec = new CursorCodec("test-secret");

    @Test
    void roundTripsThePosition() {
        Cursor position = new Cursor(12345L, 0.123456f, 99999L, 777L);
        String cursor = codec.encode(position, "q1");
        assertThat(codec.decode(cursor, "q1")).isEqualTo(position);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void rejectsAnyChangedByte() {
        byte[] bytes = Base64.getUrlDecoder().decode(codec.encode(new Cursor(42L, 0.5f, 50L, 1L), "q1"));
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
            assertThatThrownBy(() -> codec.decode(cursor, "q1")).isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void rejectsACursorOfAnotherQueryOrAnotherKey() {
        String cursor = codec.encode(new Cursor(42L, 0f, 42L, 0L), "q1");
        assertThatThrownBy(() -> codec.decode(cursor, "q2")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new CursorCodec("other-secret").decode(cursor, "q1"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void rejectsGarbage() {
        for (String garbage : new String[] {"", "not base64!", "AAAA", "' OR 1=1 --"}) {
            assertThatThrownBy(() -> codec.decode(garbage, "q1"))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("cursor");
        }
    }
}
