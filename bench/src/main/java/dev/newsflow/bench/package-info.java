/** The benchmark behind {@code ./newsflow bench}: the pipeline measured against the machine's own limits. */
package dev.newsflow.bench;
