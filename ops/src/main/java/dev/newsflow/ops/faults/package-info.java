/** The fault suite behind {@code ./newsflow faults}: crashes, outages and poison records against the real processes, then a Jepsen-style check. */
package dev.newsflow.ops.faults;
