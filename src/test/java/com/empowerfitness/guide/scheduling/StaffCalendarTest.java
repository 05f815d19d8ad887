package com.empowerfitness.guide.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.staff.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class StaffCalendarTest extends SchedulingSiteTest {

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    ConsultationRequestRepository requests;

    Document page(MockHttpSession session, String path) throws Exception {
        return Jsoup.parse(this.mockMvc
                .perform(get(path).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    int audited(String action, String targetLike) {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND target LIKE ?", action, targetLike);
    }

    @Test
    void theDayViewListsAppointmentsWithUrgentMarkedAndStaffCanMarkAndCancelAudited() throws Exception {
        this.mockMvc.perform(PatientBookingTest.appointment(PatientBookingTest.MONDAY_NINE, "redFlagFall", "yes"));
        this.mockMvc.perform(PatientBookingTest.appointment("1@2027-03-15T17:00:00Z", "name", "Calm Patient"));
        MockHttpSession staff = signIn(newUser(StaffRole.STAFF), PASSWORD);

        Document day = page(staff, "/staff/schedule?date=2027-03-15");
        assertThat(day.select("tbody tr")).hasSize(2);
        assertThat(day.select("tbody tr").get(0).text()).contains("Urgent", "Grace Hopper", "9:00 AM");
        assertThat(day.select("tbody tr").get(1).text())
                .contains("Calm Patient", "1:00 PM")
                .doesNotContain("Urgent");
        assertThat(day.select("tbody tr time").get(0).attr("datetime")).isEqualTo("2027-03-15T09:00-04:00");
        assertThat(page(staff, "/staff/schedule?date=2027-03-16").select("tbody tr"))
                .isEmpty();
        assertThat(page(staff, "/staff/schedule?date=2027-03-17&view=week").select("tbody tr"))
                .hasSize(2);

        Appointment urgent = this.appointments.findAll().stream()
                .filter(Appointment::isUrgent)
                .findFirst()
                .orElseThrow();
        Appointment calm = this.appointments.findAll().stream()
                .filter((a) -> !a.isUrgent())
                .findFirst()
                .orElseThrow();
        this.mockMvc.perform(post("/staff/schedule/" + urgent.getId() + "/mark")
                .with(csrf())
                .session(staff)
                .param("status", "ATTENDED"));
        this.mockMvc.perform(
                post("/staff/schedule/" + calm.getId() + "/cancel").with(csrf()).session(staff));

        assertThat(this.appointments.findById(urgent.getId()).orElseThrow().getStatus())
                .isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(this.appointments.findById(calm.getId()).orElseThrow().getStatus())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(count("SELECT COUNT(*) FROM appointment_slot WHERE appointment_id = ?", calm.getId()))
                .isZero();
        assertThat(audited("APPOINTMENT_MARKED", urgent.getReference() + " ATTENDED"))
                .isEqualTo(1);
        assertThat(audited("APPOINTMENT_CANCELLED", calm.getReference())).isEqualTo(1);
        assertThat(audited("VIEWED_APPOINTMENTS", "day 2027-03-15")).isPositive();
    }

    @Test
    void aConsultationRequestBecomesAnAppointmentBookedByStaffAndAudited() throws Exception {
        MvcResult sent = this.mockMvc
                .perform(validBooking("name", "Phone Patient " + System.nanoTime(), "redFlagFever", "yes"))
                .andReturn();
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        var request = this.requests.findAll().stream()
                .filter((r) -> r.getName().startsWith("Phone Patient"))
                .reduce((first, second) -> second)
                .orElseThrow();
        MockHttpSession staff = signIn(newUser(StaffRole.STAFF), PASSWORD);

        Document form = page(
                staff,
                "/staff/schedule/book?type=free-phone-consultation&week=2027-03-15&request=" + request.getReference());
        assertThat(form.select("input[name=name]").val()).isEqualTo(request.getName());
        assertThat(form.select("input[name=slot]")).isNotEmpty();

        MvcResult booked = this.mockMvc
                .perform(post("/staff/schedule/book")
                        .with(csrf())
                        .session(staff)
                        .param("type", "free-phone-consultation")
                        .param("slot", "1@2027-03-16T15:00:00Z")
                        .param("name", request.getName())
                        .param("phone", "555 123 4567")
                        .param("request", request.getReference()))
                .andReturn();

        assertThat(booked.getResponse().getRedirectedUrl()).startsWith("/staff/schedule?date=2027-03-16");
        Appointment appointment = this.appointments.findAll().get(0);
        assertThat(appointment.getRequestId()).isEqualTo(request.getId());
        assertThat(appointment.getBookedBy()).isNotNull();
        assertThat(appointment.isUrgent())
                .as("the request's red flag carries over")
                .isTrue();
        assertThat(audited(
                        "APPOINTMENT_BOOKED", appointment.getReference() + " from request " + request.getReference()))
                .isEqualTo(1);

        MvcResult again = this.mockMvc
                .perform(post("/staff/schedule/book")
                        .with(csrf())
                        .session(staff)
                        .param("type", "free-phone-consultation")
                        .param("slot", "1@2027-03-16T15:00:00Z")
                        .param("name", "Someone Else")
                        .param("phone", "555 987 6543"))
                .andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("That time has just been taken");
    }

    @Test
    void theCalendarIsForStaffOnlyAndATherapistLinkedToTheAccountSeesTheirOwnDay() throws Exception {
        assertThat(this.mockMvc
                        .perform(get("/staff/schedule"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        MockHttpSession editor = signIn(newUser(StaffRole.EDITOR), PASSWORD);
        assertThat(this.mockMvc
                        .perform(get("/staff/schedule").session(editor))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        String username = newUser(StaffRole.STAFF);
        this.jdbc.update(
                "INSERT INTO therapist (display_name, staff_username, active) VALUES ('Dr. Own Day', ?, FALSE)",
                username);
        try {
            this.mockMvc.perform(PatientBookingTest.appointment(PatientBookingTest.MONDAY_NINE));
            Document own = page(signIn(username, PASSWORD), "/staff/schedule?date=2027-03-15");
            assertThat(own.select("tbody tr"))
                    .as("Dr. Miller's patient is not in Dr. Own Day's list")
                    .isEmpty();
            assertThat(own.select("select[name=therapist] option[selected]").text())
                    .isEqualTo("Dr. Own Day");
        } finally {
            this.jdbc.update("DELETE FROM therapist WHERE staff_username = ?", username);
        }
    }

    @Autowired
    AppointmentRetention retention;

    @Test
    void retentionPurgesPastAppointmentsAndAnAdminCanEraseOneWithItsMail() throws Exception {
        this.mockMvc.perform(PatientBookingTest.appointment(PatientBookingTest.MONDAY_NINE));
        this.mockMvc.perform(PatientBookingTest.appointment("1@2027-03-15T17:00:00Z"));
        Appointment first = this.appointments.findAll().get(0);
        Appointment second = this.appointments.findAll().get(1);

        MockHttpSession staff = signIn(newUser(StaffRole.STAFF), PASSWORD);
        assertThat(this.mockMvc
                        .perform(post("/staff/schedule/" + first.getId() + "/erase")
                                .with(csrf())
                                .session(staff))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MockHttpSession admin = signIn(newUser(StaffRole.ADMIN), PASSWORD);
        this.mockMvc.perform(
                post("/staff/schedule/" + first.getId() + "/erase").with(csrf()).session(admin));

        assertThat(this.appointments.findById(first.getId())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE appointment_id = ?", first.getId()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM appointment_slot WHERE appointment_id = ?", first.getId()))
                .isZero();
        assertThat(audited("ERASED_APPOINTMENT", first.getReference())).isEqualTo(1);

        java.time.Instant afterTheAppointment = java.time.Instant.parse("2027-03-16T00:00:00Z");
        assertThat(this.retention.purge(afterTheAppointment.plus(java.time.Duration.ofDays(364)), 365))
                .isZero();
        assertThat(this.retention.purge(afterTheAppointment.plus(java.time.Duration.ofDays(366)), 365))
                .isEqualTo(1);
        assertThat(this.appointments.findById(second.getId())).isEmpty();
    }

    @Autowired
    com.empowerfitness.guide.mail.MailOutboxRepository outbox;

    @Test
    void staffMoveAnAppointmentFromTheCalendarAndThePatientGetsTheUpdatedEventAudited() throws Exception {
        MvcResult booked = this.mockMvc
                .perform(PatientBookingTest.appointment(PatientBookingTest.MONDAY_NINE))
                .andReturn();
        String oldToken = (String) booked.getFlashMap().get("bookedToken");
        Appointment appointment = this.appointments.findAll().get(0);
        MockHttpSession staff = signIn(newUser(StaffRole.STAFF), PASSWORD);

        Document day = page(staff, "/staff/schedule?date=2027-03-15");
        assertThat(day.select("a[href=/staff/schedule/" + appointment.getId() + "/move]"))
                .hasSize(1);
        Document times = page(staff, "/staff/schedule/" + appointment.getId() + "/move");
        assertThat(times.select("h1").text()).isEqualTo("Move " + appointment.getReference());
        assertThat(times.select("form[action=/staff/schedule/" + appointment.getId() + "/move] input[name=_csrf]"))
                .hasSize(1);
        assertThat(times.select("input[name=slot][value=" + PatientBookingTest.MONDAY_NINE + "]"))
                .as("its own time is not busy for itself")
                .hasSize(1);

        MvcResult none = this.mockMvc
                .perform(post("/staff/schedule/" + appointment.getId() + "/move")
                        .with(csrf())
                        .session(staff))
                .andReturn();
        assertThat(none.getResponse().getStatus()).isEqualTo(400);

        MvcResult moved = this.mockMvc
                .perform(post("/staff/schedule/" + appointment.getId() + "/move")
                        .with(csrf())
                        .session(staff)
                        .param("slot", "1@2027-03-16T18:00:00Z"))
                .andReturn();

        assertThat(moved.getResponse().getRedirectedUrl()).startsWith("/staff/schedule?date=2027-03-16");
        Appointment after = this.appointments.findById(appointment.getId()).orElseThrow();
        assertThat(after.getStartsAt()).hasToString("2027-03-16T18:00:00Z");
        assertThat(after.getIcsSequence()).isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM appointment_slot WHERE appointment_id = ? AND slot_start < ?",
                        appointment.getId(),
                        java.sql.Timestamp.from(java.time.Instant.parse("2027-03-16T00:00:00Z"))))
                .as("Monday's time is free again")
                .isZero();
        var mails = this.outbox.findByAppointmentIdOrderByIdAsc(appointment.getId());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).contains("has moved");
        assertThat(mails.get(1).getAttachment().content())
                .contains("METHOD:REQUEST", "SEQUENCE:1", "DTSTART:20270316T180000Z")
                .contains("UID:appointment-" + appointment.getReference() + "@localhost");
        assertThat(audited("APPOINTMENT_MOVED", appointment.getReference() + " to 2027-03-16T18:00:00Z"))
                .isEqualTo(1);
        assertThat(this.mockMvc
                        .perform(get("/book/manage/" + oldToken))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("staff moves issue a new manage link")
                .isEqualTo(404);

        this.mockMvc.perform(PatientBookingTest.appointment("1@2027-03-15T17:00:00Z", "name", "Other Patient"));
        MvcResult taken = this.mockMvc
                .perform(post("/staff/schedule/" + appointment.getId() + "/move")
                        .with(csrf())
                        .session(staff)
                        .param("slot", "1@2027-03-15T17:00:00Z"))
                .andReturn();
        assertThat(taken.getResponse().getStatus()).isEqualTo(409);
        assertThat(taken.getResponse().getContentAsString()).contains("That time has just been taken");
    }
}
