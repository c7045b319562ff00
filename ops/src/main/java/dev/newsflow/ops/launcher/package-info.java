/**
 * What the {@code ./newsflow} launcher runs besides process management: health probes, unpacking
 * PostgreSQL, feeding and showing articles, sources and the demo's local site.
 */
package dev.newsflow.ops.launcher;
