package com.empowerfitness.guide.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.content.ContentChangedEvent;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.FreeSlot;
import com.empowerfitness.guide.scheduling.PatientDetails;
import com.empowerfitness.guide.scheduling.SchedulingService;
import com.empowerfitness.guide.scheduling.SlotKey;
import com.empowerfitness.guide.scheduling.SlotTakenException;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.support.SharedContextTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The operator's endpoints: only on the management port, with the site's own metrics and no personal data. */
class ManagementEndpointsTest extends SharedContextTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int publicPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SchedulingService scheduling;

    @Test
    void healthProbesAndInfoAnswerOnTheManagementPort() throws Exception {
        assertThat(this.managementPort).isNotEqualTo(this.publicPort);
        HttpResponse<String> liveness = get(this.managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"content\"", "\"db\"", "\"readinessState\"");

        HttpResponse<String> info = get(this.managementPort, "/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"guide\"", "\"version\":\"0.1.0-SNAPSHOT\"", "\"commit\":");
    }

    @Test
    void thePublicPortHasNoActuatorAtAll() throws Exception {
        for (String path : new String[] {
            "/actuator",
            "/actuator/health",
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/actuator/info",
            "/actuator/prometheus",
            "/actuator/env",
            "/actuator/heapdump"
        }) {
            assertThat(get(this.publicPort, path).statusCode()).as(path).isEqualTo(404);
        }
        // The management port exposes only what an operator's monitor needs.
        assertThat(get(this.managementPort, "/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get(this.managementPort, "/actuator/heapdump").statusCode()).isEqualTo(404);
    }

    @Test
    void prometheusHasJvmHttpPoolAndTheSitesOwnMetrics() throws Exception {
        get(this.publicPort, "/"); // at least one HTTP request measured
        HttpResponse<String> scrape = get(this.managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains(
                        "jvm_memory_used_bytes",
                        "http_server_requests_seconds_count",
                        "hikaricp_connections_active",
                        "guide_consultation_requests_total{application=\"patient-guide\",urgent=\"true\"}",
                        "guide_consultation_requests_total{application=\"patient-guide\",urgent=\"false\"}",
                        "guide_appointments_total{application=\"patient-guide\",urgent=\"true\"}",
                        "guide_mail_outbox_backlog",
                        "guide_mail_outbox_failed",
                        "guide_content_files_with_errors",
                        "guide_page_cache_requests_total{application=\"patient-guide\",result=\"hit\"}",
                        "guide_staff_sign_in_problems_total{application=\"patient-guide\",outcome=\"refused\"}");
    }

    @Test
    void requestsAreCountedByUrgencyAndNoPersonalDetailReachesTheMetrics() throws Exception {
        double urgentBefore = counter(GuideMetrics.REQUESTS_CREATED, "urgent", "true");
        double routineBefore = counter(GuideMetrics.REQUESTS_CREATED, "urgent", "false");
        this.mockMvc
                .perform(validBooking(
                        "name", "Zebedee Quist",
                        "email", "zebedee.quist@example.org",
                        "phone", "+1 555 987 6543",
                        "redFlagFall", "yes"))
                .andReturn();
        this.mockMvc
                .perform(validBooking("name", "Yolanda Pruitt", "email", "yolanda.pruitt@example.org"))
                .andReturn();
        assertThat(counter(GuideMetrics.REQUESTS_CREATED, "urgent", "true")).isEqualTo(urgentBefore + 1);
        assertThat(counter(GuideMetrics.REQUESTS_CREATED, "urgent", "false")).isEqualTo(routineBefore + 1);

        String scrape = get(this.managementPort, "/actuator/prometheus").body();
        assertThat(scrape)
                .doesNotContainIgnoringCase("Zebedee")
                .doesNotContainIgnoringCase("Quist")
                .doesNotContain("zebedee.quist@example.org")
                .doesNotContain("987 6543")
                .doesNotContain("9876543")
                .doesNotContainIgnoringCase("Yolanda")
                .doesNotContain("@example.org")
                .doesNotContain("EF-"); // no booking reference either
    }

    @Test
    void appointmentsAreCountedByUrgencyOnceStoredAndNoPatientDetailReachesTheMetrics() throws Exception {
        double urgentBefore = counter(GuideMetrics.APPOINTMENTS_CREATED, "urgent", "true");
        double routineBefore = counter(GuideMetrics.APPOINTMENTS_CREATED, "urgent", "false");

        bookAppointment("Quillon Brathwaite", "quillon.brathwaite@example.org", true);
        bookAppointment("Ottoline Farrant", "ottoline.farrant@example.org", false);

        assertThat(eventually(() -> counter(GuideMetrics.APPOINTMENTS_CREATED, "urgent", "true"), urgentBefore + 1))
                .isEqualTo(urgentBefore + 1);
        assertThat(eventually(() -> counter(GuideMetrics.APPOINTMENTS_CREATED, "urgent", "false"), routineBefore + 1))
                .isEqualTo(routineBefore + 1);
        String scrape = get(this.managementPort, "/actuator/prometheus").body();
        assertThat(scrape)
                .doesNotContainIgnoringCase("Quillon")
                .doesNotContainIgnoringCase("Brathwaite")
                .doesNotContainIgnoringCase("Ottoline")
                .doesNotContain("@example.org");
    }

    /** Books the latest free time of the first online type (far from the times other tests take). */
    private void bookAppointment(String name, String email, boolean urgent) {
        AppointmentType type = this.scheduling.onlineTypes().get(0);
        LocalDate today = this.scheduling.today();
        List<FreeSlot> free = this.scheduling.freeSlots(type, today, this.scheduling.lastBookableDate(), null, null);
        assertThat(free).as("the sample hours offer free times").isNotEmpty();
        PatientDetails patient =
                new PatientDetails(name, email, null, null, false, false, false, false, urgent, "2026-11-01");
        for (int i = free.size() - 1; i >= 0; i--) {
            FreeSlot slot = free.get(i);
            try {
                this.scheduling.book(
                        type, SlotKey.of(slot.therapistId(), slot.start().toInstant()), patient, "patient", null);
                return;
            } catch (SlotTakenException taken) {
                // another test of the shared context took this time: try the one before
            }
        }
        throw new AssertionError("no free time could be booked");
    }

    @Test
    void failedAndRefusedSignInsAreCounted() throws Exception {
        String username = newUser(StaffRole.STAFF);
        double failedBefore = counter(GuideMetrics.SIGN_IN_PROBLEMS, "outcome", "failed");
        double refusedBefore = counter(GuideMetrics.SIGN_IN_PROBLEMS, "outcome", "refused");
        boolean refused = false;
        for (int attempt = 0; attempt < 20 && !refused; attempt++) {
            String location = this.mockMvc
                    .perform(post("/login")
                            .with(csrf())
                            .param("username", username)
                            .param("password", "wrong password " + attempt))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            refused = location != null && location.contains("locked");
        }
        assertThat(refused).as("the throttle refused sign-in at last").isTrue();
        assertThat(counter(GuideMetrics.SIGN_IN_PROBLEMS, "outcome", "failed")).isGreaterThan(failedBefore);
        assertThat(counter(GuideMetrics.SIGN_IN_PROBLEMS, "outcome", "refused")).isEqualTo(refusedBefore + 1);
        assertThat(get(this.managementPort, "/actuator/prometheus").body()).doesNotContain(username);
    }

    @Test
    void pageCacheHitsAndMissesAreCounted() throws Exception {
        this.events.publishEvent(new ContentChangedEvent(Set.of())); // the cache starts empty
        double hits = counter(GuideMetrics.PAGE_CACHE, "result", "hit");
        double misses = counter(GuideMetrics.PAGE_CACHE, "result", "miss");
        HttpResponse<String> rendered = get(this.publicPort, "/faq");
        assertThat(rendered.statusCode()).isEqualTo(200);
        // Counted after the response went out: the client may read it a moment before the count moves.
        assertThat(eventually(() -> counter(GuideMetrics.PAGE_CACHE, "result", "miss"), misses + 1))
                .isEqualTo(misses + 1);
        HttpResponse<String> again = get(this.publicPort, "/faq");
        assertThat(again.headers().firstValue("X-Page-Cache")).hasValue("hit");
        // A cached answer carries its own request id, not the one of the request that rendered it.
        assertThat(again.headers().allValues("X-Request-Id")).hasSize(1);
        assertThat(again.headers().firstValue("X-Request-Id"))
                .isNotEqualTo(rendered.headers().firstValue("X-Request-Id"));
        assertThat(eventually(() -> counter(GuideMetrics.PAGE_CACHE, "result", "hit"), hits + 1))
                .isEqualTo(hits + 1);
        assertThat(counter(GuideMetrics.PAGE_CACHE, "result", "miss")).isEqualTo(misses + 1);
    }

    @Test
    void outboxAndContentErrorGaugesReadTheDatabase() {
        double backlog = gauge("guide.mail.outbox.backlog");
        double failed = gauge("guide.mail.outbox.failed");
        double contentErrors = gauge("guide.content.files.with.errors");
        Instant later = Instant.now().plusSeconds(86_400); // never due while this test runs
        try {
            insertMail(0, later);
            insertMail(3, later);
            insertMail(10, later);
            this.jdbc.update(
                    "insert into content_error (path, line, col, message, detected_at) values (?, ?, ?, ?, ?)",
                    "articles/ops-gauge-test.md",
                    3,
                    1,
                    "test",
                    java.sql.Timestamp.from(Instant.now()));
            this.jdbc.update(
                    "insert into content_error (path, line, col, message, detected_at) values (?, ?, ?, ?, ?)",
                    "articles/ops-gauge-test.md",
                    9,
                    1,
                    "test",
                    java.sql.Timestamp.from(Instant.now()));
            assertThat(gauge("guide.mail.outbox.backlog")).isEqualTo(backlog + 2);
            assertThat(gauge("guide.mail.outbox.failed")).isEqualTo(failed + 1);
            assertThat(gauge("guide.content.files.with.errors")).isEqualTo(contentErrors + 1);
        } finally {
            this.jdbc.update("delete from mail_outbox where subject = 'ops gauge test'");
            this.jdbc.update("delete from content_error where path = 'articles/ops-gauge-test.md'");
        }
    }

    private void insertMail(int attempts, Instant next) {
        this.jdbc.update(
                "insert into mail_outbox (recipient, subject, body, created_at, attempts, next_attempt_at)"
                        + " values ('ops@example.invalid', 'ops gauge test', 'x', ?, ?, ?)",
                java.sql.Timestamp.from(Instant.now()),
                attempts,
                java.sql.Timestamp.from(next));
    }

    /** The value once it reaches the expected one, or the last value read within two seconds. */
    private static double eventually(java.util.function.DoubleSupplier value, double expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
        double current = value.getAsDouble();
        while (current != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
            current = value.getAsDouble();
        }
        return current;
    }

    private double counter(String name, String tag, String value) {
        return this.registry.get(name).tag(tag, value).counter().count();
    }

    private double gauge(String name) {
        return this.registry.get(name).gauge().value();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return this.http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
