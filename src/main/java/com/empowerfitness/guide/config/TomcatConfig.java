package com.empowerfitness.guide.config;

import java.time.Duration;
import org.apache.coyote.http11.Http11Nio2Protocol;
import org.springframework.beans.factory.annotation.Value;
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
 *   <li>A request body must keep arriving: a pause longer than {@code guide.http.body-read-timeout} between two
 *       packets of it ends the request (Tomcat's upload time-out, which otherwise is the connection time-out),
 *       so a trickling client holds one of the few body threads ({@code web.SlowBodyFilter}) only that long.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

    static final int WRITE_BUFFER_BYTES = 16 * 1024;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> fastConnector(
            @Value("${guide.http.body-read-timeout:10s}") Duration bodyReadTimeout) {
        return factory -> {
            factory.setProtocol(Http11Nio2Protocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES));
                connector.setProperty("disableUploadTimeout", "false");
                connector.setProperty("connectionUploadTimeout", String.valueOf(bodyReadTimeout.toMillis()));
                // A body the application did not read (a request refused with 503 by web.SlowBodyFilter) is not
                // read to its end after the answer, which would hold the thread as long as the client trickles:
                // the connection is closed instead.
                connector.setProperty("maxSwallowSize", "0");
            });
        };
    }
}
