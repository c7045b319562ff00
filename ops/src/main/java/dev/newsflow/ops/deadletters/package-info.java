/** Operating the pipeline: listing, inspecting and redriving dead letters ({@code ./newsflow dlt}). */
package dev.newsflow.ops.deadletters;
