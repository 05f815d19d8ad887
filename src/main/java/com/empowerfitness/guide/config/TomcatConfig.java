package com.empowerfitness.guide.config;

import org.apache.coyote.http11.Http11Nio2Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two connector settings that {@code bench/run.sh} showed to matter for serving pages from the cache: with them
 * Tomcat spends less of its time per request on hand-offs and writes (measurements: bench/results/).
 *
 * <ul>
 *   <li>The NIO2 connector runs a request on the thread that read it, where NIO hands every request from its
 *       poller thread to a worker thread.
 *   <li>A 16 KB socket write buffer (Tomcat's default is 8 KB) sends the headers and a whole page of 8 to 16 KB
 *       of HTML, uncompressed, in one write instead of two.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

    static final int WRITE_BUFFER_BYTES = 16 * 1024;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> fastConnector() {
        return factory -> {
            factory.setProtocol(Http11Nio2Protocol.class.getName());
            factory.addConnectorCustomizers(
                    connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES)));
        };
    }
}
