/** Whether the enrichment core's memory stays bounded on an endless stream of real text. */
package dev.newsflow.bench.memory;
