package dev.newsflow.ingest.http;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Reads a request body as text without ever holding more than the limit: a declared length over
 * the limit is refused before reading, an undeclared one (chunked) as soon as the limit is passed.
 * Bytes that are not valid in the declared charset (UTF-8 by default) are refused, not replaced.
 */
final class RequestBodies {

    private static final int CHUNK = 16 * 1024;

    private RequestBodies() {
    }

    static String read(HttpServletRequest request, int limit) {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit, declared + " bytes");
        }
        byte[] bytes = readAtMost(request, limit);
        return decode(bytes, charsetOf(request));
    }

    private static byte[] readAtMost(HttpServletRequest request, int limit) {
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[(int) Math.min(limit + 1L, Math.max(CHUNK, request.getContentLengthLong()))];
            int length = 0;
            while (true) {
                if (length == buffer.length) {
                    if (length > limit) {
                        throw tooLarge(limit, "more than " + limit + " bytes");
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1L, 2L * buffer.length));
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
            }
            if (length > limit) {
                throw tooLarge(limit, "more than " + limit + " bytes");
            }
            return Arrays.copyOf(buffer, length);
        } catch (IOException e) {
            throw problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                    "The request body could not be read completely (" + e.getMessage() + "); send it again");
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

    static ErrorResponseException tooLarge(int limit, String actual) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                "The request body is " + actual + "; this endpoint takes at most " + limit
                        + " bytes. Shorten the article or split the batch");
    }

    static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
