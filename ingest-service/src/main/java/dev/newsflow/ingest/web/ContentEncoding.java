package dev.newsflow.ingest.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The {@code Content-Encoding} of a request body: none, gzip or deflate; anything else is a 415. */
enum ContentEncoding {

    IDENTITY("identity"),
    GZIP("gzip"),
    DEFLATE("deflate");

    static final String SUPPORTED = "gzip, deflate";

    final String token;

    ContentEncoding(String token) {
        this.token = token;
    }

    static ContentEncoding of(String header) {
        if (header == null || header.isBlank()) {
            return IDENTITY;
        }
        return switch (header.strip().toLowerCase(Locale.ROOT)) {
            case "identity" -> IDENTITY;
            case "gzip", "x-gzip" -> GZIP;
            case "deflate" -> DEFLATE;
            default -> throw unsupported(header.strip());
        };
    }

    private static ErrorResponseException unsupported(String encoding) {
        ErrorResponseException problem = RequestBodies.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported Content-Encoding", "Content-Encoding '" + encoding + "' is not supported; "
                        + "send the body uncompressed or compressed with one of: " + SUPPORTED);
        // RFC 7694: a 415 for a content coding names the codings the server takes
        problem.getHeaders().set(HttpHeaders.ACCEPT_ENCODING, SUPPORTED);
        return problem;
    }

    /** The body as sent, decompressed; a decompressor's complaint surfaces as {@link CorruptException}. */
    InputStream decoding(InputStream in) throws IOException {
        return switch (this) {
            case IDENTITY -> in;
            case GZIP -> {
                try {
                    yield new Labelled(new GZIPInputStream(in, 8192));
                } catch (IOException e) {
                    throw new CorruptException(e);
                }
            }
            case DEFLATE -> {
                // HTTP's deflate is a zlib stream, but some clients send raw deflate: the header tells them apart
                PushbackInputStream peek = new PushbackInputStream(in, 2);
                int first = peek.read();
                int second = first < 0 ? -1 : peek.read();
                if (second >= 0) {
                    peek.unread(second);
                }
                if (first >= 0) {
                    peek.unread(first);
                }
                boolean zlib = first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
                Inflater inflater = new Inflater(!zlib);
                yield new Labelled(new InflaterInputStream(peek, inflater, 8192) {
                    @Override
                    public void close() throws IOException {
                        inflater.end(); // a caller's own Inflater is not ended by close()
                        super.close();
                    }
                });
            }
        };
    }

    /** The compressed data is not valid for its encoding. */
    static final class CorruptException extends IOException {

        CorruptException(IOException cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    /** Marks what the decompressor throws, so it is told apart from a connection that broke. */
    private static final class Labelled extends FilterInputStream {

        Labelled(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new CorruptException(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new CorruptException(e);
            }
        }
    }
}
