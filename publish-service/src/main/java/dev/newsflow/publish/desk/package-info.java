/** The desk: a browser page over the read API, served from the jar at {@code /}. */
package dev.newsflow.publish.desk;
