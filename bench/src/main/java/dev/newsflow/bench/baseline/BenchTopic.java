package dev.newsflow.bench.baseline;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The baseline's own topic, shaped like the raw topic (same partition count, one replica) and deleted
 * when the baseline is done, so Kafka's tools never touch the pipeline's topics.
 */
public final class BenchTopic implements AutoCloseable {

    private final Admin admin;
    private final String name;

    public BenchTopic(String bootstrap, String name, int partitions) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
        this.name = name;
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)
                .configs(Map.of("max.message.bytes", Integer.toString(2 * 1024 * 1024)))))
                .all().get(30, TimeUnit.SECONDS);
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws Exception {
        try {
            admin.deleteTopics(List.of(name)).all().get(30, TimeUnit.SECONDS);
        } finally {
            admin.close();
        }
    }
}
