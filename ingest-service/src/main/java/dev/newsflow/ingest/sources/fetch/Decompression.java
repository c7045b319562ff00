package dev.newsflow.ingest.sources.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * gzip and deflate, never past a size limit: a small compressed body that inflates to gigabytes
 * (a compression bomb) stops at the limit with an error, having held at most the limit in memory.
 */
public final class Decompression {

    private Decompression() {
    }

    /** The body as the Content-Encoding header says it is encoded (identity when null). */
    static byte[] decode(String contentEncoding, byte[] body, int maxBytes) throws FetchException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> gunzip(body, maxBytes);
            case "deflate" -> inflate(body, maxBytes);
            default -> throw new FetchException(FetchException.Reason.NETWORK,
                    "The server sent Content-Encoding '" + contentEncoding + "', which newsflow did not ask for");
        };
    }

    /** Whether the bytes start like a gzip stream (a {@code .gz} file served as it is). */
    public static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    public static byte[] gunzip(byte[] body, int maxBytes) throws FetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return readAtMost(in, maxBytes);
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.NETWORK, "Broken gzip data: " + e.getMessage(), e);
        }
    }

    private static byte[] inflate(byte[] body, int maxBytes) throws FetchException {
        try {
            // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate
            return readAtMost(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(false)), maxBytes);
        } catch (IOException wrapped) {
            try {
                return readAtMost(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), maxBytes);
            } catch (IOException e) {
                throw new FetchException(FetchException.Reason.NETWORK, "Broken deflate data: " + e.getMessage(), e);
            }
        }
    }

    private static byte[] readAtMost(InputStream in, int maxBytes) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (out.size() + n > maxBytes) {
                throw new FetchException(FetchException.Reason.TOO_LARGE, "The content inflates to more than "
                        + maxBytes + " bytes (a compression bomb?); nothing of it was used");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
