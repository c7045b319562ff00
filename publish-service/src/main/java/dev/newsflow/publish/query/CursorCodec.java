package dev.newsflow.publish.query;

import dev.newsflow.publish.PublishProperties;
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
 * Opaque paging cursors: the position (the last item's seq) signed together with the query it
 * belongs to, so a tampered cursor, or one reused with other filters, is rejected instead of
 * silently paging somewhere else.
 */
@Component
class CursorCodec {

    private static final byte FORMAT = 1;
    private static final int MAC_BYTES = 16;
    private static final int LENGTH = 1 + Long.BYTES + MAC_BYTES;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Autowired
    CursorCodec(PublishProperties properties) {
        this(properties.cursorSecret());
    }

    CursorCodec(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String encode(long seq, String query) {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH).put(FORMAT).putLong(seq);
        buffer.put(mac(FORMAT, seq, query));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** The seq the cursor points after; throws when it was not made by {@link #encode} for this query. */
    long decode(String cursor, String query) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length != LENGTH || bytes[0] != FORMAT) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.get();
        long seq = buffer.getLong();
        byte[] signature = Arrays.copyOfRange(bytes, 1 + Long.BYTES, LENGTH);
        if (!MessageDigest.isEqual(signature, mac(FORMAT, seq, query))) {
            throw invalid();
        }
        return seq;
    }

    private byte[] mac(byte format, long seq, String query) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(ByteBuffer.allocate(1 + Long.BYTES).put(format).putLong(seq).array());
            mac.update(query.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private static InvalidQueryException invalid() {
        return new InvalidQueryException(
                "cursor is not valid for this query: pass the nextCursor of the previous page unchanged, with the same filters");
    }
}
