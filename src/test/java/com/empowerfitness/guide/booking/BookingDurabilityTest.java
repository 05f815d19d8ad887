package com.empowerfitness.guide.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.GuideApplication;
import com.empowerfitness.guide.booking.form.BookingForm;
import java.io.File;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Nothing acknowledged is lost: not by a restart, not by kill -9 right after the answer. */
class BookingDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsEveryRequestAndH2NeverDelaysWrites() throws Exception {
        // Deliberately without ;WRITE_DELAY=0: the application must make H2 durable by itself.
        String url = "jdbc:h2:file:" + this.dataDir.resolve("guide");
        List<String> references = new ArrayList<>();
        try (ConfigurableApplicationContext first = start(url)) {
            try (Connection connection =
                            first.getBean(javax.sql.DataSource.class).getConnection();
                    ResultSet setting = connection
                            .createStatement()
                            .executeQuery("select setting_value from "
                                    + "information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                assertThat(setting.next()).isTrue();
                assertThat(setting.getString(1)).isEqualTo("0");
            }
            BookingService bookings = first.getBean(BookingService.class);
            for (int i = 0; i < 10; i++) {
                references.add(bookings.submit(form("Restart patient " + i).toRequest())
                        .reference());
            }
        }

        try (ConfigurableApplicationContext second = start(url)) {
            ConsultationRequestRepository requests = second.getBean(ConsultationRequestRepository.class);
            assertThat(references)
                    .allSatisfy((reference) ->
                            assertThat(requests.findByReference(reference)).isPresent());
            assertThat(requests.count()).isEqualTo(10);
        }
    }

    @Test
    void acknowledgedRequestSurvivesKillNineOfTheServer() throws Exception {
        String url = "jdbc:h2:file:" + this.dataDir.resolve("killed") + ";WRITE_DELAY=0";
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        File log = this.dataDir.resolve("server.log").toFile();
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        GuideApplication.class.getName(),
                        "--server.port=" + port,
                        "--spring.datasource.url=" + url,
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        try {
            HttpClient client =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + port;
            String form = waitForForm(client, base + "/book/request", server, log);
            String csrf = Jsoup.parse(form).selectFirst("input[name=_csrf]").val();
            Map<String, String> fields = Map.of(
                    "_csrf",
                    csrf,
                    "name",
                    "Kill Nine",
                    "phone",
                    "555 123 4567",
                    "consent",
                    "yes",
                    "redFlagFall",
                    "yes");
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/book"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying((location) -> assertThat(location).contains("/book/confirmation/"));

            // Right after the acknowledgement: no shutdown hook, no flush, nothing.
            server.destroyForcibly().waitFor();

            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    PreparedStatement query = connection.prepareStatement(
                            "select reference, urgent from consultation_request where name = ?")) {
                query.setString(1, "Kill Nine");
                try (ResultSet rows = query.executeQuery()) {
                    assertThat(rows.next())
                            .as("the acknowledged request is in the database")
                            .isTrue();
                    assertThat(rows.getString("reference")).startsWith("EF-");
                    assertThat(rows.getBoolean("urgent")).isTrue();
                }
            }
        } finally {
            server.destroyForcibly();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(GuideApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.main.banner-mode=off");
    }

    private static BookingForm form(String name) {
        BookingForm form = new BookingForm();
        form.setName(name);
        form.setEmail("patient@example.com");
        form.setConsent("yes");
        return form;
    }

    private static String waitForForm(HttpClient client, String url, Process server, File log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive())
                    .as("server started; log:%n%s", read(log))
                    .isTrue();
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (java.io.IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The server did not start within 120 s; log:\n" + read(log));
    }

    private static String read(File log) throws java.io.IOException {
        return Files.readString(log.toPath());
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
