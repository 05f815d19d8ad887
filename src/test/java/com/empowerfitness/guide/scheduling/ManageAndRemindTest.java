package com.empowerfitness.guide.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.mail.MailOutbox;
import com.empowerfitness.guide.mail.MailOutboxRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/** The patient's manage link (cancel, move, the cut-off) and the reminder, with a moved clock. */
class ManageAndRemindTest extends SchedulingSiteTest {

    static final String MONDAY_NINE = PatientBookingTest.MONDAY_NINE;

    static final String MONDAY_TEN = "1@2027-03-15T14:00:00Z";

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    MailOutboxRepository outbox;

    @Autowired
    ReminderService reminders;

    String book(String slot) throws Exception {
        MvcResult posted =
                this.mockMvc.perform(PatientBookingTest.appointment(slot)).andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        return (String) posted.getFlashMap().get("bookedToken");
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(
                this.mockMvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    Appointment only() {
        return this.appointments.findAll().get(0);
    }

    @Test
    void theManageLinkShowsTheBookingWithoutIdsOrPersonalDetailsInTheAddress() throws Exception {
        String token = book(MONDAY_NINE);
        MockHttpServletResponse response =
                this.mockMvc.perform(get("/book/manage/" + token)).andReturn().getResponse();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        // A random token: it carries neither the reference nor the row's id (a digit may occur in it by chance, so
        // the id is compared as the whole token), and the database keeps only its hash.
        assertThat(token).doesNotContain(only().getReference()).isNotEqualTo(String.valueOf(only().getId()));
        assertThat(only().getManageTokenHash()).isNotEqualTo(token).doesNotContain(token);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.text()).contains(only().getReference(), "Monday 15 March 2027 at 9:00 AM Eastern Time");
        assertThat(page.text()).doesNotContain("grace@example.com", "toddler");
        assertThat(page.select("form[action=/book/manage/" + token + "/cancel]"))
                .hasSize(1);
        assertThat(this.mockMvc
                        .perform(get("/book/manage/" + token.substring(1) + "x"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void cancellingFreesTheTimeAtOnceAndSendsACancelCalendar() throws Exception {
        String token = book(MONDAY_NINE);

        MvcResult cancelled = this.mockMvc
                .perform(post("/book/manage/" + token + "/cancel").with(csrf()))
                .andReturn();

        assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/book/manage/" + token);
        assertThat(only().getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(count("SELECT COUNT(*) FROM appointment_slot")).isZero();
        assertThat(page("/book/initial-assessment?week=2027-03-15")
                        .select("input[name=slot]")
                        .eachAttr("value"))
                .contains(MONDAY_NINE);
        List<MailOutbox> mails = this.outbox.findByAppointmentIdOrderByIdAsc(only().getId());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getAttachment().content())
                .contains("METHOD:CANCEL", "SEQUENCE:1", "STATUS:CANCELLED")
                .contains("UID:appointment-" + only().getReference() + "@localhost");
        assertThat(this.mockMvc
                        .perform(PatientBookingTest.appointment(MONDAY_NINE))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("someone else can book the freed time")
                .isEqualTo(302);
    }

    @Test
    void movingKeepsTheCalendarEventWithAHigherSequenceAndFreesTheOldTime() throws Exception {
        String token = book(MONDAY_NINE);
        Document times = page("/book/manage/" + token + "/move?week=2027-03-15");
        assertThat(times.select("form[method=post][action=/book/manage/" + token + "/move] input[name=_csrf]"))
                .hasSize(1);

        MvcResult moved = this.mockMvc
                .perform(post("/book/manage/" + token + "/move").with(csrf()).param("slot", MONDAY_TEN))
                .andReturn();

        assertThat(moved.getResponse().getRedirectedUrl()).isEqualTo("/book/manage/" + token);
        Appointment appointment = only();
        assertThat(appointment.getStartsAt()).hasToString("2027-03-15T14:00:00Z");
        assertThat(appointment.getIcsSequence()).isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM appointment_slot WHERE slot_start < ?",
                        java.sql.Timestamp.from(java.time.Instant.parse("2027-03-15T14:00:00Z"))))
                .isZero();
        List<MailOutbox> mails = this.outbox.findByAppointmentIdOrderByIdAsc(appointment.getId());
        assertThat(mails.get(1).getSubject()).contains("has moved");
        assertThat(mails.get(1).getAttachment().content())
                .contains("METHOD:REQUEST", "SEQUENCE:1", "DTSTART:20270315T140000Z")
                .contains("UID:appointment-" + appointment.getReference() + "@localhost");
        assertThat(this.mockMvc
                        .perform(get("/book/manage/" + token + "/appointment.ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("SEQUENCE:1", "DTSTART:20270315T140000Z");
    }

    @Test
    void afterTheCutOffThePageGivesThePhoneNumberAndRefusesChanges() throws Exception {
        String token = book(MONDAY_NINE);
        // 24 hours before Monday 9:00 EDT is Sunday 9:00 EDT = 13:00 UTC; one minute later it is too late.
        this.clock.set(java.time.LocalDateTime.of(2027, 3, 14, 13, 1));

        Document page = page("/book/manage/" + token);
        assertThat(page.select("form[action$=/cancel]")).isEmpty();
        assertThat(page.text()).contains("Too late to change online", "(555) 010-0199");
        assertThat(this.mockMvc
                        .perform(post("/book/manage/" + token + "/cancel").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
        assertThat(only().getStatus()).isEqualTo(AppointmentStatus.BOOKED);

        this.clock.set(java.time.LocalDateTime.of(2027, 3, 14, 12, 59));
        assertThat(page("/book/manage/" + token).select("form[action$=/cancel]"))
                .hasSize(1);
    }

    @Test
    void theReminderIsQueuedTheDayBeforeOnceAndNeverForACancelledBooking() throws Exception {
        book(MONDAY_NINE);
        String cancelled = book(MONDAY_TEN);
        this.mockMvc.perform(post("/book/manage/" + cancelled + "/cancel").with(csrf()));

        this.clock.set(java.time.LocalDateTime.of(2027, 3, 14, 12, 0)); // 25 hours before: not yet
        assertThat(this.reminders.queueDue(this.clock.instant())).isZero();

        this.clock.set(java.time.LocalDateTime.of(2027, 3, 14, 13, 5)); // within 24 hours
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return this.reminders.queueDue(this.clock.instant());
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get(60, TimeUnit.SECONDS);
            }
            assertThat(total)
                    .as("eight simultaneous runs claim the one reminder once")
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(this.reminders.queueDue(this.clock.instant())).isZero();

        List<String> subjects = this.outbox.findAll().stream()
                .filter((mail) -> mail.getAppointmentId() != null)
                .map(MailOutbox::getSubject)
                .filter((subject) -> subject.startsWith("Reminder"))
                .toList();
        assertThat(subjects).hasSize(1);
        Appointment booked = this.appointments.findAll().stream()
                .filter(Appointment::isBooked)
                .findFirst()
                .orElseThrow();
        assertThat(subjects.get(0)).contains(booked.getReference());
        MailOutbox reminder =
                this.outbox.findByAppointmentIdOrderByIdAsc(booked.getId()).get(1);
        assertThat(reminder.getBody())
                .contains("Monday 15 March 2027 at 9:00 AM Eastern Time")
                .doesNotContain("toddler");
    }
}
