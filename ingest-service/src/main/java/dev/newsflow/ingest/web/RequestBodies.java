package dev.newsflow.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Reads a request body as text without ever holding more than the limit: a declared length over
 * the limit is refused before reading, an undeclared one (chunked) as soon as the limit is passed.
 * A compressed body ({@code Content-Encoding: gzip} or {@code deflate}) is held to the same limit
 * once decompressed, so a decompression bomb costs at most the limit before its 413. Bytes that
 * are not valid in the declared charset (UTF-8 by default) are refused, not replaced.
 */
public final class RequestBodies {

    private static final int CHUNK = 16 * 1024;

    private RequestBodies() {
    }

    public static String read(HttpServletRequest request, int limit) {
        ContentEncoding encoding = ContentEncoding.of(request.getHeader(HttpHeaders.CONTENT_ENCODING));
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit, declared + " bytes");
        }
        byte[] bytes = readAtMost(request, limit, encoding);
        return decode(bytes, charsetOf(request));
    }

    private static byte[] readAtMost(HttpServletRequest request, int limit, ContentEncoding encoding) {
        String decompressed = encoding == ContentEncoding.IDENTITY ? "" : " once decompressed (" + encoding.token + ")";
        InputStream body = null;
        try {
            body = request.getInputStream();
            body = encoding.decoding(body);
            byte[] buffer = new byte[(int) Math.min(limit + 1L, Math.max(CHUNK, request.getContentLengthLong()))];
            int length = 0;
            while (true) {
                if (length == buffer.length) {
                    if (length > limit) {
                        throw tooLarge(limit, "more than " + limit + " bytes" + decompressed);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1L, 2L * buffer.length));
                }
                int read = body.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
            }
            if (length > limit) {
                throw tooLarge(limit, "more than " + limit + " bytes" + decompressed);
            }
            return Arrays.copyOf(buffer, length);
        } catch (ContentEncoding.CorruptException e) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid " + encoding.token + " body",
                    "The request body is not valid " + encoding.token + " data (" + e.getMessage()
                            + "); send it compressed as Content-Encoding says, or without Content-Encoding");
        } catch (IOException e) {
            throw problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                    "The request body could not be read completely (" + e.getMessage() + "); send it again");
        } finally {
            closeQuietly(body);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the body is read or refused already; closing the servlet stream cannot change that
            }
        }
    }

    private static String decode(byte[] bytes, Charset charset) {
        int start = 0;
        if (StandardCharsets.UTF_8.equals(charset) && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3; // a byte-order mark is not part of the text
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer text = decoder.decode(input);
            return text.toString();
        } catch (MalformedInputException e) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid " + charset.name(),
                    "The body is not valid " + charset.name() + ": invalid byte sequence at byte offset " + input.position()
                            + "; send the text encoded as " + charset.name() + " (or name its charset in Content-Type)");
        } catch (CharacterCodingException e) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid " + charset.name(),
                    "The body is not valid " + charset.name() + " text at byte offset " + input.position());
        }
    }

    private static Charset charsetOf(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = MediaType.parseMediaType(contentType).getCharset();
            return charset == null ? StandardCharsets.UTF_8 : charset;
        } catch (RuntimeException e) {
            throw problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported charset",
                    "The charset in Content-Type '" + contentType + "' is not known; send UTF-8");
        }
    }

    public static ErrorResponseException tooLarge(int limit, String actual) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                "The request body is " + actual + "; this endpoint takes at most " + limit + " bytes ("
                        + mebibytes(limit) + ") for this content type. Shorten the article or split the batch");
    }

    private static String mebibytes(int bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return (mib == Math.rint(mib) ? Long.toString((long) mib) : String.format(java.util.Locale.ROOT, "%.1f", mib)) + " MiB";
    }

    public static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
