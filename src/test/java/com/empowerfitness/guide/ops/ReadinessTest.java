package com.empowerfitness.guide.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.GuideApplication;
import com.empowerfitness.guide.content.ContentChangedEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** Readiness is what a load balancer asks: DOWN before the content is loaded and while the database is gone. */
class ReadinessTest {

    @TempDir
    Path dataDir;

    @Test
    void contentPartIsDownUntilTheFirstLoadAndUpAfterIt() {
        ContentReadiness content = new ContentReadiness();
        assertThat(content.health().getStatus()).isEqualTo(Status.DOWN);
        content.contentChanged(new ContentChangedEvent(Set.of("articles/overview.md")));
        assertThat(content.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void readinessGoesDownWhenTheDatabaseStopsAnsweringWhileLivenessStaysUp() throws Exception {
        String file = this.dataDir.resolve("guide").toString();
        // IFEXISTS: once the database is gone, new connections fail instead of creating an empty database.
        try (Connection created = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "")) {
            assertThat(created.isValid(1)).isTrue();
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GuideApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + file + ";IFEXISTS=TRUE;WRITE_DELAY=0",
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--spring.datasource.hikari.validation-timeout=500",
                        "--spring.main.banner-mode=off")) {
            int management = managementPort(context);
            assertThat(get(management, "/actuator/health/readiness").statusCode())
                    .isEqualTo(200);

            Connection connection = context.getBean(DataSource.class).getConnection();
            connection.createStatement().execute("SHUTDOWN");
            try {
                connection.close();
            } catch (java.sql.SQLException alreadyClosed) {
                // SHUTDOWN closed it: expected
            }
            try (Stream<Path> files = Files.list(this.dataDir)) {
                for (Path path : files.toList()) {
                    Files.deleteIfExists(path);
                }
            }

            HttpResponse<String> readiness = get(management, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(get(management, "/actuator/health/liveness").statusCode())
                    .isEqualTo(200);
        }
    }

    private static int managementPort(ConfigurableApplicationContext context) {
        // The management server runs in a child context of its own, with its own web server.
        return Integer.parseInt(context.getEnvironment().getProperty("local.management.port"));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
