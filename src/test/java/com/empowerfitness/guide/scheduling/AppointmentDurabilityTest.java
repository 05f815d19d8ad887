package com.empowerfitness.guide.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.GuideApplication;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An appointment the patient was told is booked survives kill -9 of the server right after that answer: it is
 * in the database with the rows holding its time, and after a restart the site still has it and no longer
 * offers its time. The server is a forked JVM running the application as it is deployed (no test clock).
 */
class AppointmentDurabilityTest {

    private static final String TYPE = "free-phone-consultation";

    @TempDir
    Path dataDir;

    @Test
    void anAcknowledgedAppointmentSurvivesKillNineAndARestart() throws Exception {
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
        String slot;
        try {
            HttpClient client =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + port;
            waitFor(client, base + "/book", server, log);
            slot = firstFreeTime(client, base);
            Document details = Jsoup.parse(get(client, base + "/book/" + TYPE + "/details?slot=" + enc(slot)));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(
                    "_csrf",
                    details.selectFirst("form[action=/book/appointment] input[name=_csrf]")
                            .val());
            fields.put("type", TYPE);
            fields.put("slot", slot);
            fields.put("name", "Kill Nine Appointment");
            fields.put("phone", "555 123 4567");
            for (String flag :
                    new String[] {"redFlagNumbness", "redFlagBladderBowel", "redFlagWeakness", "redFlagFever"}) {
                fields.put(flag, "no");
            }
            fields.put("redFlagFall", "yes");
            fields.put("consent", "yes");
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/book/appointment"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying((location) -> assertThat(location).endsWith("/book/confirmed"));

            // Right after the acknowledgement: no shutdown hook, no flush, nothing.
            server.destroyForcibly().waitFor();
        } finally {
            server.destroyForcibly();
        }

        long id;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement query = connection.prepareStatement(
                        "select id, reference, status, urgent from appointment where name = ?")) {
            query.setString(1, "Kill Nine Appointment");
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next())
                        .as("the acknowledged appointment is in the database")
                        .isTrue();
                id = rows.getLong("id");
                assertThat(rows.getString("reference")).startsWith("AP-");
                assertThat(rows.getString("status")).isEqualTo("BOOKED");
                assertThat(rows.getBoolean("urgent")).isTrue();
            }
            try (PreparedStatement held =
                    connection.prepareStatement("select count(*) from appointment_slot where appointment_id = ?")) {
                held.setLong(1, id);
                try (ResultSet rows = held.executeQuery()) {
                    rows.next();
                    assertThat(rows.getInt(1)).as("the units holding its time").isPositive();
                }
            }
        }

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(GuideApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.main.banner-mode=off")) {
            SchedulingService scheduling = restarted.getBean(SchedulingService.class);
            Appointment appointment =
                    restarted.getBean(AppointmentRepository.class).findById(id).orElseThrow();
            assertThat(appointment.isBooked()).isTrue();
            AppointmentType type = scheduling.onlineType(TYPE).orElseThrow();
            assertThat(scheduling.offered(type, SlotKey.parse(slot).orElseThrow(), null))
                    .as("its time is no longer offered after the restart")
                    .isEmpty();
        }
    }

    /** The first free time this week or one of the next ones (the real clock decides which days are left). */
    private static String firstFreeTime(HttpClient client, String base) throws Exception {
        String week = "";
        for (int i = 0; i < 4; i++) {
            Document times = Jsoup.parse(get(client, base + "/book/" + TYPE + week));
            Element first = times.selectFirst("input[name=slot]");
            if (first != null) {
                return first.val();
            }
            Element next = times.selectFirst("a[href*=?week=]:containsOwn(Next week)");
            assertThat(next).as("a next week to look in").isNotNull();
            week = next.attr("href").substring(next.attr("href").indexOf('?'));
        }
        throw new AssertionError("no free time in four weeks");
    }

    private static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> response =
                client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static void waitFor(HttpClient client, String url, Process server, File log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive())
                    .as("server started; log:%n%s", Files.readString(log.toPath()))
                    .isTrue();
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYetListening) {
                // still starting
            }
            // Polling a starting process: there is no clock to move here, only a port that is not open yet.
            Thread.sleep(250);
        }
        throw new AssertionError("The server did not start within 120 s; log:\n" + Files.readString(log.toPath()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map((field) -> enc(field.getKey()) + "=" + enc(field.getValue()))
                .collect(Collectors.joining("&"));
    }
}
