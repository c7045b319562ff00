package dev.newsflow.publish;

import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The integration tests on spring-kafka-test's embedded (KRaft) broker and an embedded PostgreSQL. */
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class PublishIntegrationTests extends AbstractPublishIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry, EmbeddedDatabase.shared().getPort());
    }
}
