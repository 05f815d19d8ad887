package com.empowerfitness.guide.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.mail.MailOutbox;
import com.empowerfitness.guide.mail.MailOutboxRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class PatientBookingTest extends SchedulingSiteTest {

    /** Monday 15 March 2027, 9:00 EDT (the first Monday after the change to daylight time). */
    static final String MONDAY_NINE = "1@2027-03-15T13:00:00Z";

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    MailOutboxRepository outbox;

    static MockHttpServletRequestBuilder appointment(String slot, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "initial-assessment");
        fields.put("slot", slot);
        fields.put("name", "Grace Hopper");
        fields.put("email", "grace@example.com");
        fields.put("phone", "555 123 4567");
        for (String flag :
                List.of("redFlagNumbness", "redFlagBladderBowel", "redFlagWeakness", "redFlagFever", "redFlagFall")) {
            fields.put(flag, "no");
        }
        fields.put("message", "Sharp pain when lifting my toddler.");
        fields.put("consent", "yes");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/book/appointment").with(csrf()).with(freshClient());
        fields.forEach((name, value) -> request.param(name, value));
        return request;
    }

    Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void bookStartsWithTheAppointmentTypesAndKeepsTheRequestFormReachable() throws Exception {
        Document page = page(this.mockMvc.perform(get("/book")).andReturn());

        assertThat(page.select("main a").eachAttr("href"))
                .contains("/book/free-phone-consultation", "/book/initial-assessment", "/book/request");
        assertThat(page.text()).contains("Free phone consultation", "20 minutes", "Initial assessment", "45 minutes");
        assertThat(page(this.mockMvc.perform(get("/book/request")).andReturn())
                        .select("form[action=/book] input[name=name]"))
                .hasSize(1);
    }

    @Test
    void aWeekOfTimesIsRadioButtonsNamedSlotWithDayDateTimeZoneAndTherapistInTheLabel() throws Exception {
        Document page = page(this.mockMvc
                .perform(get("/book/initial-assessment").param("week", "2027-03-15"))
                .andReturn());

        List<Element> radios = page.select("input[type=radio][name=slot]");
        // Monday to Friday, 9:00-11:15 and 13:00-16:15 every quarter hour: 24 starts a day.
        assertThat(radios).hasSize(5 * 24);
        Element first = radios.get(0);
        assertThat(first.val()).isEqualTo(MONDAY_NINE);
        Element label = page.selectFirst("label[for=" + first.id() + "]");
        assertThat(label.text()).contains("Monday", "15 March 2027", "9:00 AM", "Eastern Time", "Dr. Ezra Miller");
        assertThat(label.selectFirst("time").attr("datetime")).isEqualTo("2027-03-15T09:00-04:00");
        assertThat(page.select("form[method=get]").attr("action")).isEqualTo("/book/initial-assessment/details");
        assertThat(page.select("a[href=/book/initial-assessment?week=2027-03-22]"))
                .hasSize(1);
    }

    @Test
    void theWeekBeforeTheChangeToDaylightTimeShowsNineOClockWithTheWinterOffset() throws Exception {
        this.clock.set(NOW_UTC.plusMinutes(5));
        Document page = page(this.mockMvc
                .perform(get("/book/free-phone-consultation").param("week", "2027-03-08"))
                .andReturn());

        assertThat(page.select("time").eachAttr("datetime"))
                .contains("2027-03-12T09:00-05:00")
                .as("Wednesday 10 March 7:05 now, two hours' notice")
                .doesNotContain("2027-03-10T09:00-05:00")
                .contains("2027-03-10T09:15-05:00");
    }

    @Test
    void choosingATimeLeadsToTheDetailsWithTheRequestFormsRedFlagQuestions() throws Exception {
        Document page = page(this.mockMvc
                .perform(get("/book/initial-assessment/details").param("slot", MONDAY_NINE))
                .andReturn());

        assertThat(page.select("form[action=/book/appointment] input[type=hidden][name=slot]")
                        .val())
                .isEqualTo(MONDAY_NINE);
        assertThat(page.select("input[type=radio][value=yes]").eachAttr("name"))
                .containsExactly(
                        "redFlagNumbness", "redFlagBladderBowel", "redFlagWeakness", "redFlagFever", "redFlagFall");
        assertThat(page.select(".notice time").attr("datetime")).isEqualTo("2027-03-15T09:00-04:00");
        assertThat(page.select("input[name=_csrf]")).hasSize(1);
    }

    @Test
    void bookingConfirmsWithReferenceTimeZoneAndPlaceAndHoldsTheTimeInTheDatabase() throws Exception {
        MvcResult posted = this.mockMvc.perform(appointment(MONDAY_NINE)).andReturn();

        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/book/confirmed");
        Object token = posted.getFlashMap().get("bookedToken");
        Document confirmed = page(this.mockMvc
                .perform(get("/book/confirmed").flashAttr("bookedToken", token))
                .andReturn());
        Appointment stored = this.appointments.findAll().get(0);
        assertThat(confirmed.select("h1").text()).isEqualTo("Appointment booked");
        assertThat(confirmed.text())
                .contains(
                        stored.getReference(),
                        "Initial assessment (45 minutes)",
                        "Dr. Ezra Miller",
                        "Monday 15 March 2027 at 9:00 AM Eastern Time",
                        "At the Empower Fitness clinic");
        assertThat(confirmed.select("a[href$=appointment.ics]")).hasSize(1);
        assertThat(stored.isUrgent()).isFalse();
        assertThat(stored.getManageTokenHash())
                .isEqualTo(ManageTokens.hash((String) token))
                .isNotEqualTo(token);
        assertThat(count("SELECT COUNT(*) FROM appointment_slot WHERE appointment_id = ?", stored.getId()))
                .as("45 minutes and a 15-minute buffer: twelve five-minute units")
                .isEqualTo(12);

        Document week = page(this.mockMvc
                .perform(get("/book/initial-assessment").param("week", "2027-03-15"))
                .andReturn());
        assertThat(week.select("input[name=slot]").eachAttr("value"))
                .doesNotContain(MONDAY_NINE, "1@2027-03-15T13:45:00Z")
                .contains("1@2027-03-15T14:00:00Z");
        assertThat(page(this.mockMvc.perform(get("/book/confirmed")).andReturn())
                        .select("h1")
                        .text())
                .as("shown once: a reload shows no details")
                .isEqualTo("This page is no longer available");
    }

    @Test
    void theConfirmationEmailCarriesTheIcsAndNoHealthDetails() throws Exception {
        this.mockMvc.perform(appointment(MONDAY_NINE, "redFlagFever", "yes")).andReturn();
        Appointment stored = this.appointments.findAll().get(0);

        List<MailOutbox> mails = this.outbox.findByAppointmentIdOrderByIdAsc(stored.getId());
        assertThat(mails).hasSize(1);
        MailOutbox mail = mails.get(0);
        assertThat(mail.getRecipient()).isEqualTo("grace@example.com");
        assertThat(mail.getBody())
                .contains(stored.getReference(), "Monday 15 March 2027 at 9:00 AM Eastern Time", "Dr. Ezra Miller")
                .contains("http://localhost:8080/book/manage/")
                .doesNotContain("toddler", "fever", "Fever", "urgent", "Urgent");
        assertThat(mail.getSubject()).doesNotContainIgnoringCase("urgent");
        MailOutbox.Attachment ics = mail.getAttachment();
        assertThat(ics.contentType()).contains("text/calendar", "method=REQUEST");
        assertThat(ics.content())
                .contains("METHOD:REQUEST", "UID:appointment-" + stored.getReference() + "@localhost", "SEQUENCE:0")
                .contains("DTSTART:20270315T130000Z", "DTEND:20270315T134500Z")
                .doesNotContain("toddler", "ever");
    }

    @Test
    void anyRedFlagYesShowsTheEmergencyAdviceFirstAndMarksTheBookingUrgent() throws Exception {
        MvcResult posted = this.mockMvc
                .perform(appointment(MONDAY_NINE, "redFlagBladderBowel", "yes"))
                .andReturn();
        Document confirmed = page(this.mockMvc
                .perform(get("/book/confirmed")
                        .flashAttr("bookedToken", posted.getFlashMap().get("bookedToken")))
                .andReturn());

        assertThat(confirmed.selectFirst("main > *").hasClass("care-card-emergency"))
                .isTrue();
        assertThat(confirmed.selectFirst("h1").text()).contains("Seek emergency care now");
        assertThat(this.appointments.findAll().get(0).isUrgent()).isTrue();
    }

    @Test
    void missingDetailsAreRefusedWithMessagesAndTheValuesKept() throws Exception {
        MvcResult result = this.mockMvc
                .perform(appointment(MONDAY_NINE, "name", "", "email", "", "phone", "", "consent", ""))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        Document page = page(result);
        assertThat(page.select(".error-summary a").eachText())
                .containsExactly(
                        "Enter your name",
                        "Enter an email address or a phone number",
                        "Agree to the privacy notice so that we can store your booking");
        assertThat(page.select("textarea[name=message]").text()).isEqualTo("Sharp pain when lifting my toddler.");
        assertThat(page.select("input[type=hidden][name=slot]").val()).isEqualTo(MONDAY_NINE);
        assertThat(this.appointments.count()).isZero();
    }

    @Test
    void aTakenTimeIsRefusedWith409TheDetailsKeptAndTheNearestFreeTimes() throws Exception {
        assertThat(this.mockMvc
                        .perform(appointment(MONDAY_NINE))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        MvcResult second = this.mockMvc
                .perform(appointment(MONDAY_NINE, "name", "Second Patient", "email", "second@example.com"))
                .andReturn();

        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        Document page = page(second);
        assertThat(page.text()).contains("that time has just been taken");
        assertThat(page.select("input[name=name]").val()).isEqualTo("Second Patient");
        assertThat(page.select("input[name=email]").val()).isEqualTo("second@example.com");
        assertThat(page.select("input[name=redFlagFever][value=no]").hasAttr("checked"))
                .isTrue();
        List<String> alternatives = page.select("input[type=radio][name=slot]").eachAttr("value");
        assertThat(alternatives).hasSize(6).doesNotContain(MONDAY_NINE).contains("1@2027-03-15T14:00:00Z");
        assertThat(this.appointments.count()).isEqualTo(1);
    }

    @Test
    void aTimeOutsideTheHoursOrInThePastIsNeverBooked() throws Exception {
        for (String slot :
                List.of("1@2027-03-14T13:00:00Z", "1@2027-03-10T13:00:00Z", "1@2027-03-15T13:05:00Z", "nonsense")) {
            assertThat(this.mockMvc
                            .perform(appointment(slot))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(slot)
                    .isIn(400, 409);
        }
        assertThat(this.appointments.count()).isZero();
    }

    @Test
    void theSixthBookingFromOneAddressInTheWindowGetsA429AndIsNotStored() throws Exception {
        var sameClient = freshClient();
        List<String> hours = List.of("13", "14", "15", "17", "18");
        for (String hour : hours) {
            assertThat(this.mockMvc
                            .perform(appointment("1@2027-03-15T" + hour + ":00:00Z")
                                    .with(sameClient))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
        }

        var refused = this.mockMvc
                .perform(appointment("1@2027-03-15T19:00:00Z").with(sameClient))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).matches("\\d+");
        assertThat(refused.getContentAsString()).contains("try again in").contains("call 911");
        assertThat(this.appointments.count()).isEqualTo(5);
        assertThat(this.mockMvc
                        .perform(validBooking().with(sameClient))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("one budget per address for requests and bookings")
                .isEqualTo(429);
        assertThat(this.mockMvc
                        .perform(appointment("1@2027-03-15T19:00:00Z"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another address is not limited")
                .isEqualTo(302);
    }
}
