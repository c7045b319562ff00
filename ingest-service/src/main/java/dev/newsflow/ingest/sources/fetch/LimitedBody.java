package dev.newsflow.ingest.sources.fetch;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects a response body up to a size limit and within a budget shared by all fetches; past
 * either it cancels the exchange (closing the connection) instead of reading on. Bodies of answers
 * that are not 2xx are not read at all.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final int maxBytes;
    private final AtomicLong bytesInFlight;
    private final long budget;
    private final URI uri;
    private final boolean wanted;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long reserved;

    private LimitedBody(int maxBytes, AtomicLong bytesInFlight, long budget, URI uri, boolean wanted) {
        this.maxBytes = maxBytes;
        this.bytesInFlight = bytesInFlight;
        this.budget = budget;
        this.uri = uri;
        this.wanted = wanted;
    }

    static LimitedBody of(HttpResponse.ResponseInfo info, int maxBytes, AtomicLong bytesInFlight, long budget, URI uri) {
        boolean wanted = info.statusCode() >= 200 && info.statusCode() < 300;
        LimitedBody body = new LimitedBody(maxBytes, bytesInFlight, budget, uri, wanted);
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (wanted && declared > maxBytes) {
            body.fail(new FetchException(FetchException.Reason.TOO_LARGE, tooLarge(uri, maxBytes)
                    + " (it declares " + declared + " bytes)"));
        }
        return body;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (result.isDone() || !wanted) {
            newSubscription.cancel();
            result.complete(new byte[0]);
            return;
        }
        newSubscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        long size = buffers.stream().mapToLong(ByteBuffer::remaining).sum();
        if (bytes.size() + size > maxBytes) {
            fail(new FetchException(FetchException.Reason.TOO_LARGE, tooLarge(uri, maxBytes)));
            return;
        }
        if (bytesInFlight.addAndGet(size) > budget) {
            bytesInFlight.addAndGet(-size);
            fail(new FetchException(FetchException.Reason.BUSY, "Fetches in progress already hold " + budget
                    + " bytes; " + uri.getHost() + " will be fetched again later"));
            return;
        }
        reserved += size;
        for (ByteBuffer buffer : buffers) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        release();
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        release();
        result.complete(bytes.toByteArray());
    }

    private void fail(FetchException failure) {
        release();
        result.completeExceptionally(failure);
        if (subscription != null) {
            subscription.cancel();
        }
    }

    private void release() {
        bytesInFlight.addAndGet(-reserved);
        reserved = 0;
    }

    private static String tooLarge(URI uri, int maxBytes) {
        return "The response of " + WebUrls.abbreviate(uri.toString()) + " is larger than " + maxBytes + " bytes";
    }
}
