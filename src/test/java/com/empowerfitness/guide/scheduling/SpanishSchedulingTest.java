package com.empowerfitness.guide.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.mail.MailOutbox;
import com.empowerfitness.guide.mail.MailOutboxRepository;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Online booking in Spanish end to end at the Spanish addresses: types, a week of times, details, confirmation,
 * the manage link, and the patient's email and .ics in Spanish with Spanish dates and the appointment type's
 * Spanish words.
 */
class SpanishSchedulingTest extends SchedulingSiteTest {

    /** Monday 15 March 2027, 9:00 New York time (daylight time, -04:00). */
    static final String MONDAY_NINE = "1@2027-03-15T13:00:00Z";

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    MailOutboxRepository outbox;

    private Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder spanishAppointment(String... overrides) {
        return appointmentAt("/es/reservar/cita", overrides);
    }

    private MockHttpServletRequestBuilder appointmentAt(String path, String... overrides) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(freshClient());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("type", "initial-assessment");
        fields.put("slot", MONDAY_NINE);
        fields.put("name", "Ana García");
        fields.put("email", "ana@example.com");
        fields.put("phone", "555 123 4567");
        for (String flag :
                List.of("redFlagNumbness", "redFlagBladderBowel", "redFlagWeakness", "redFlagFever", "redFlagFall")) {
            fields.put(flag, "no");
        }
        fields.put("consent", "yes");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theTypesAndAWeekOfTimesAreSpanishWithSpanishDatesAndAddresses() throws Exception {
        Document types = page(this.mockMvc.perform(get("/es/reservar")).andReturn());
        assertThat(types.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(types.selectFirst("h1").text()).isEqualTo("Reservar una cita");
        assertThat(types.select(".type-card a").eachAttr("href")).contains("/es/reservar/initial-assessment");
        assertThat(types.select("a[href=/es/reservar/solicitud]").text()).isEqualTo("solicitud de consulta");

        Document week = page(this.mockMvc
                .perform(get("/es/reservar/initial-assessment").param("week", "2027-03-15"))
                .andReturn());
        assertThat(week.selectFirst("h1").text()).startsWith("Elija una hora:");
        assertThat(week.select("fieldset.slot-day legend").eachText()).contains("lunes, 15 de marzo de 2027");
        assertThat(week.selectFirst("form.booking-form").attr("action"))
                .isEqualTo("/es/reservar/initial-assessment/datos");
        assertThat(week.select("label[for=slot-1-"
                                + java.time.Instant.parse("2027-03-15T13:00:00Z")
                                        .getEpochSecond() + "] time")
                        .text())
                .isEqualTo("9:00");
        assertThat(week.text()).doesNotContain("Monday", "Week of", "Continue", "Next week");
    }

    @Test
    void theDetailsFormIsSpanishAndPostsToTheSpanishAddress() throws Exception {
        Document details = page(this.mockMvc
                .perform(get("/es/reservar/initial-assessment/datos").param("slot", MONDAY_NINE))
                .andReturn());

        assertThat(details.selectFirst("h1").text()).isEqualTo("Sus datos");
        assertThat(details.selectFirst("form.booking-form").attr("action")).isEqualTo("/es/reservar/cita");
        assertThat(details.select(".notice time").text()).startsWith("lunes, 15 de marzo de 2027, 9:00");
        assertThat(details.select("fieldset legend").eachText()).contains("¿Tiene fiebre?");
        assertThat(details.text()).doesNotContain("Your details", "Book this time", "Some important questions");
    }

    @Test
    void missingDetailsAreRefusedInSpanishWithTheValuesKept() throws Exception {
        MvcResult result = this.mockMvc
                .perform(spanishAppointment("name", "", "consent", "", "email", "ana@example.com"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        Document page = page(result);
        assertThat(page.selectFirst(".error-summary h2").text()).isEqualTo("Hay un problema");
        assertThat(page.select(".error-summary a").eachText())
                .containsExactly(
                        "Escriba su nombre", "Acepte el aviso de privacidad para que podamos guardar su reserva");
        assertThat(page.selectFirst("input[name=email]").val()).isEqualTo("ana@example.com");
        assertThat(this.appointments.count()).isZero();
    }

    @Test
    void aSpanishBookingIsConfirmedEmailedAndManagedInSpanish() throws Exception {
        MvcResult posted = this.mockMvc.perform(spanishAppointment()).andReturn();

        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/es/reservar/confirmada");
        Object token = posted.getFlashMap().get("bookedToken");
        Appointment stored = this.appointments.findAll().get(0);
        assertThat(stored.getLanguage()).isEqualTo("es");

        Document confirmed = page(this.mockMvc
                .perform(get("/es/reservar/confirmada").flashAttr("bookedToken", token))
                .andReturn());
        assertThat(confirmed.selectFirst("h1").text()).isEqualTo("Cita reservada");
        assertThat(confirmed.text())
                .contains(stored.getReference(), "lunes, 15 de marzo de 2027, 9:00", "Evaluación inicial (45 minutos)")
                .contains("En la clínica Empower Fitness")
                .doesNotContain("What happens next", "Monday", "Initial assessment", "At the Empower Fitness clinic");
        assertThat(confirmed.select("a[href=/es/reservar/gestionar/" + token + "]"))
                .hasSize(1);
        assertThat(confirmed.select("a[href=/es/reservar/gestionar/" + token + "/cita.ics]"))
                .hasSize(1);

        List<MailOutbox> mails = this.outbox.findByAppointmentIdOrderByIdAsc(stored.getId());
        assertThat(mails).hasSize(1);
        MailOutbox mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Su cita " + stored.getReference() + " está reservada");
        assertThat(mail.getBody())
                .contains("Gracias por reservar con Empower Fitness")
                .contains("Cuándo: lunes, 15 de marzo de 2027, 9:00")
                .contains("Cita: Evaluación inicial (45 minutos)")
                .contains("Dónde: En la clínica Empower Fitness")
                .contains("http://localhost:8080/es/reservar/gestionar/")
                .contains("hasta 24 horas antes")
                .doesNotContain("Reference:", "When:", "Thank you");
        String ics = unfold(mail.getAttachment().content());
        assertThat(ics)
                .contains("SUMMARY:Evaluación inicial con Dr. Ezra Miller")
                .contains("LOCATION:En la clínica Empower Fitness")
                .contains("DESCRIPTION:Una primera sesión de evaluación y tratamiento de 45 minutos con un "
                        + "fisioterapeuta en la clínica.\\nReferencia: " + stored.getReference())
                .contains("Para cancelar o cambiar: http://localhost:8080/es/reservar/gestionar/")
                .contains("Clínica: ")
                .doesNotContain("Reference:", " with ", "Initial assessment");

        Document manage = page(
                this.mockMvc.perform(get("/es/reservar/gestionar/" + token)).andReturn());
        assertThat(manage.selectFirst("h1").text()).isEqualTo("Su cita");
        assertThat(manage.selectFirst("form[action=/es/reservar/gestionar/" + token + "/cancelar]"))
                .isNotNull();
        assertThat(manage.text()).contains("hasta 24 horas antes").doesNotContain("Change your appointment");

        String download = this.mockMvc
                .perform(get("/es/reservar/gestionar/" + token + "/cita.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(unfold(download)).contains("SUMMARY:Evaluación inicial con Dr. Ezra Miller");

        MvcResult cancelled = this.mockMvc
                .perform(post("/es/reservar/gestionar/" + token + "/cancelar").with(csrf()))
                .andReturn();
        assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/es/reservar/gestionar/" + token);
        assertThat(cancelled.getFlashMap().get("done"))
                .isEqualTo("Su cita está cancelada. Le hemos enviado una confirmación por correo.");
        MailOutbox cancellation =
                this.outbox.findByAppointmentIdOrderByIdAsc(stored.getId()).get(1);
        assertThat(cancellation.getSubject()).isEqualTo("Su cita " + stored.getReference() + " está cancelada");
        assertThat(unfold(cancellation.getAttachment().content()))
                .contains("SUMMARY:Cancelada: Evaluación inicial con Dr. Ezra Miller");
    }

    @Test
    void anEnglishBookingStaysEnglish() throws Exception {
        this.mockMvc.perform(appointmentAt("/book/appointment")).andReturn();
        Appointment stored = this.appointments.findAll().get(0);

        assertThat(stored.getLanguage()).isEqualTo("en");
        MailOutbox mail =
                this.outbox.findByAppointmentIdOrderByIdAsc(stored.getId()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your appointment " + stored.getReference() + " is booked");
        assertThat(mail.getBody())
                .contains("Appointment: Initial assessment (45 minutes)")
                .contains("Where: At the Empower Fitness clinic");
        assertThat(unfold(mail.getAttachment().content()))
                .contains("SUMMARY:Initial assessment with Dr. Ezra Miller")
                .contains("LOCATION:At the Empower Fitness clinic")
                .doesNotContain("Evaluación");
    }

    /** iCalendar folds long lines (CRLF and a space); the text as one line again. */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }
}
