package com.empowerfitness.guide.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;

/** Fifty patients, one time, one H2 database: the database lets exactly one booking in. */
class NoDoubleBookingTest extends SchedulingSiteTest {

    static final String SLOT = "1@2027-03-16T14:00:00Z"; // Tuesday 16 March 2027, 10:00 EDT

    @LocalServerPort
    int port;

    @Test
    void fiftySimultaneousPostsForOneTimeGiveExactlyOneAppointmentAndFortyNineConflicts() throws Exception {
        List<HttpResponse<String>> answers =
                SlotRace.run(50, "initial-assessment", SLOT, "http://127.0.0.1:" + this.port);

        List<HttpResponse<String>> booked =
                answers.stream().filter((answer) -> answer.statusCode() == 302).toList();
        List<HttpResponse<String>> refused =
                answers.stream().filter((answer) -> answer.statusCode() == 409).toList();
        assertThat(booked).hasSize(1);
        assertThat(booked.get(0).headers().firstValue("Location"))
                .hasValueSatisfying((location) -> assertThat(location).endsWith("/book/confirmed"));
        assertThat(refused).hasSize(49);
        for (HttpResponse<String> answer : refused) {
            Document page = Jsoup.parse(answer.body());
            assertThat(page.text()).contains("that time has just been taken");
            assertThat(page.select("input[name=name]").val()).startsWith("Racer ");
            assertThat(page.select("textarea[name=message]").text()).startsWith("Racer message ");
            assertThat(page.select("input[type=radio][name=slot]").eachAttr("value"))
                    .isNotEmpty()
                    .doesNotContain(SLOT);
        }
        assertThat(count(
                        "SELECT COUNT(*) FROM appointment WHERE therapist_id = 1 AND starts_at = ?",
                        java.sql.Timestamp.from(java.time.Instant.parse("2027-03-16T14:00:00Z"))))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM appointment")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM appointment_slot")).isEqualTo(12);
    }

    @Test
    void theDatabaseRefusesAnOverlappingHoldEvenWhenJavaDidNotCheck() {
        // The guarantee without the slot finder's check: a second hold on a shared unit is refused by the key.
        long id = insertBareAppointment("AP-TEST01", "h1");
        long other = insertBareAppointment("AP-TEST02", "h2");
        jdbc.update(
                "INSERT INTO appointment_slot (therapist_id, slot_start, appointment_id) VALUES (1, ?, ?)",
                java.sql.Timestamp.from(java.time.Instant.parse("2027-03-17T14:00:00Z")),
                id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO appointment_slot (therapist_id, slot_start, appointment_id) VALUES (1, ?, ?)",
                        java.sql.Timestamp.from(java.time.Instant.parse("2027-03-17T14:00:00Z")),
                        other))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long insertBareAppointment(String reference, String hash) {
        jdbc.update(
                "INSERT INTO appointment (reference, type_id, therapist_id, starts_at, ends_at, blocked_until, status, "
                        + "urgent, name, red_flag_numbness, red_flag_bladder_bowel, red_flag_weakness, red_flag_fever, "
                        + "red_flag_fall, manage_token_hash, ics_sequence, created_at, status_changed_at, version) "
                        + "VALUES (?, 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'BOOKED', FALSE, "
                        + "'Test', FALSE, FALSE, FALSE, FALSE, FALSE, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)",
                reference,
                hash);
        return jdbc.queryForObject("SELECT id FROM appointment WHERE reference = ?", Long.class, reference);
    }
}
