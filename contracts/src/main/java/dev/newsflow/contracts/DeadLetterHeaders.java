package dev.newsflow.contracts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The newsflow headers of a dead letter, written the same way by every service: why the record
 * failed ({@link Headers#DLT_REASON}), the class of the root cause, a message a person can act on
 * (at most {@value #MAX_MESSAGE_CHARS} characters), and where the record was read. A redrive reads
 * them back. Header values are UTF-8 strings.
 */
public final class DeadLetterHeaders {

    public static final int MAX_MESSAGE_CHARS = 2000;

    private DeadLetterHeaders() {
    }

    /** @param failure what says why (its message is kept); its deepest cause names the exception */
    public static Map<String, String> of(DeadLetterReason reason, Throwable failure, String topic, int partition,
            long offset) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Headers.DLT_REASON, reason.name());
        headers.put(Headers.DLT_EXCEPTION, root.getClass().getName());
        headers.put(Headers.DLT_MESSAGE, message);
        headers.put(Headers.DLT_TOPIC, topic);
        headers.put(Headers.DLT_PARTITION, Integer.toString(partition));
        headers.put(Headers.DLT_OFFSET, Long.toString(offset));
        return headers;
    }
}
