/** An example downstream consumer of the published-article events, with no framework in the way. */
package dev.newsflow.examples.subscriber;
