package dev.newsflow.ingest;

import org.springframework.kafka.test.context.EmbeddedKafka;

/** The HTTP contract against spring-kafka-test's embedded KRaft broker. */
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class IngestIntegrationTests extends IngestHttpContract {
}
