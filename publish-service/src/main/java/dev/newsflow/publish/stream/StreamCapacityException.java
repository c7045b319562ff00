package dev.newsflow.publish.stream;

/** As many streams are open as the service allows; the caller may come back shortly. */
class StreamCapacityException extends RuntimeException {

    StreamCapacityException(int maxClients) {
        super("All " + maxClients + " stream slots are taken; try again shortly");
    }
}
