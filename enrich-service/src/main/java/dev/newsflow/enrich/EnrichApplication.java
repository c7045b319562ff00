package dev.newsflow.enrich;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnrichApplication.class, args);
    }
}
