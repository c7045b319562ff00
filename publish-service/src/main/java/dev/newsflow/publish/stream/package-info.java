/** Server-Sent Events of stored article versions, filtered per client and resumable by event id. */
package dev.newsflow.publish.stream;
