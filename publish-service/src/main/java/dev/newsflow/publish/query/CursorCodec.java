package dev.newsflow.publish.query;

import dev.newsflow.publish.PublishProperties;
import dev.newsflow.publish.filter.InvalidRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Opaque paging cursors: the position signed together with the query it belongs to, so a
 * tampered cursor, or one reused with other filters, is rejected instead of silently paging
 * somewhere else.
 */
@Component
class CursorCodec {

    private static final byte FORMAT = 3;
    private static final int PAYLOAD = 1 + Long.BYTES + Float.BYTES + Long.BYTES + Long.BYTES;
    private static final int MAC_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Autowired
    CursorCodec(PublishProperties properties) {
        this(properties.cursorSecret());
    }

    CursorCodec(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String encode(Cursor cursor, String query) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD).put(FORMAT)
                .putLong(cursor.seq()).putFloat(cursor.rank()).putLong(cursor.bound()).putLong(cursor.floor()).array();
        byte[] bytes = Arrays.copyOf(payload, PAYLOAD + MAC_BYTES);
        System.arraycopy(mac(payload, query), 0, bytes, PAYLOAD, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The position the cursor holds; throws when it was not made by {@link #encode} for this query. */
    Cursor decode(String cursor, String query) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length != PAYLOAD + MAC_BYTES || bytes[0] != FORMAT) {
            throw invalid();
        }
        byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, PAYLOAD, bytes.length), mac(payload, query))) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload, 1, PAYLOAD - 1);
        return new Cursor(buffer.getLong(), buffer.getFloat(), buffer.getLong(), buffer.getLong());
    }

    private byte[] mac(byte[] payload, String query) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(payload);
            mac.update(query.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException(
                "cursor is not valid for this query: pass the nextCursor of the previous page unchanged, with the same filters");
    }
}
