package dev.newsflow.publish;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Fixed, small socket send buffers for the test server: a client that reads nothing fills them
 * after a few dozen events instead of the megabytes Linux would otherwise grow them to.
 */
@TestConfiguration(proxyBeanMethods = false)
class SmallSocketBuffers {

    @Bean
    TomcatConnectorCustomizer smallSendBuffers() {
        return connector -> connector.setProperty("socket.txBufSize", "16384");
    }
}
