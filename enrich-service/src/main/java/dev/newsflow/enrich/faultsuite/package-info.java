/** A switch for the fault suite only, off unless {@code NEWSFLOW_FAULT_INJECTION=true}: nothing else may depend on it. */
package dev.newsflow.enrich.faultsuite;
