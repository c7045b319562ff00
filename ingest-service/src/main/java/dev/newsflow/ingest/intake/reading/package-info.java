/** Reading and validating incoming articles (JSON, plain text, HTML); plain Java, no Spring, no Kafka. */
package dev.newsflow.ingest.intake.reading;
