package com.empowerfitness.guide.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.GuideApplication;
import com.empowerfitness.guide.cluster.PostgresTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the site on one PostgreSQL database, as behind a load balancer: fifty patients split over
 * both post the same time at once, and the database lets exactly one in. Without PostgreSQL this is skipped,
 * except under CI=true, where it fails (see PostgresTestDatabase).
 */
class TwoInstancesNoDoubleBookingTest {

    static PostgresTestDatabase database;

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        database = PostgresTestDatabase.create();
        a = start();
        b = start();
    }

    @AfterAll
    static void stopAndDrop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null) {
                context.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void fiftyPostsForOneTimeAcrossTwoInstancesGiveExactlyOneAppointment() throws Exception {
        String baseA = "http://127.0.0.1:" + port(a);
        String baseB = "http://127.0.0.1:" + port(b);
        // The first time instance B offers next week (the real clock: any week inside the horizon will do).
        String nextWeek = java.time.LocalDate.now().plusDays(7).toString();
        String week = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseB + "/book/initial-assessment?week=" + nextWeek))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String slot = Jsoup.parse(week).selectFirst("input[name=slot]").val();

        List<HttpResponse<String>> answers = SlotRace.run(50, "initial-assessment", slot, baseA, baseB);

        assertThat(answers.stream().filter((answer) -> answer.statusCode() == 302))
                .hasSize(1);
        assertThat(answers.stream().filter((answer) -> answer.statusCode() == 409))
                .hasSize(49)
                .allSatisfy((answer) -> assertThat(answer.body()).contains("that time has just been taken"));
        assertThat(count("SELECT COUNT(*) FROM appointment")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM appointment_slot")).isEqualTo(12);
    }

    private static ConfigurableApplicationContext start() {
        Path content = Paths.get("content").toAbsolutePath();
        return new SpringApplicationBuilder(GuideApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--guide.content-dir=" + content,
                        "--guide.content.watch=false",
                        "--guide.time-zone=America/New_York",
                        // Each racer is its own client (X-Forwarded-For from loopback), so the booking rate
                        // limit, one budget per address, is not what refuses them.
                        "--guide.proxy.trusted-addresses=127.0.0.1,::1",
                        "--spring.main.banner-mode=off",
                        "--guide.mail.outbox-initial-delay=PT1H",
                        "--guide.scheduling.reminder-initial-delay=PT1H");
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }
}
