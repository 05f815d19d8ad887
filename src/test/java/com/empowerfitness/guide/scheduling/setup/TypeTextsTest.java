package com.empowerfitness.guide.scheduling.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.mail.MailOutbox;
import com.empowerfitness.guide.mail.MailOutboxRepository;
import com.empowerfitness.guide.scheduling.Appointment;
import com.empowerfitness.guide.scheduling.AppointmentRepository;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.AppointmentTypeRepository;
import com.empowerfitness.guide.scheduling.AppointmentTypeTextRepository;
import com.empowerfitness.guide.scheduling.LocalText;
import com.empowerfitness.guide.scheduling.SchedulingSiteTest;
import com.empowerfitness.guide.scheduling.TypeTexts;
import com.empowerfitness.guide.scheduling.TypeWords;
import com.empowerfitness.guide.staff.StaffRole;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An appointment type's words in Spanish, entered on the set-up page: saved, audited and refused like the
 * English fields, then read by patients on the Spanish booking pages, in the Spanish email and the .ics; an
 * untranslated name shows in English marked {@code lang="en"} on the pages (never in mail), and the English
 * pages do not change.
 */
class TypeTextsTest extends SchedulingSiteTest {

    /** Monday 15 March 2027, 9:00 New York time, with the first therapist. */
    static final String MONDAY_NINE = "1@2027-03-15T13:00:00Z";

    @Autowired
    AppointmentTypeRepository types;

    @Autowired
    AppointmentTypeTextRepository texts;

    @Autowired
    TypeTexts typeTexts;

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    MailOutboxRepository outbox;

    MockHttpSession admin;

    String adminName;

    final List<String> createdSlugs = new ArrayList<>();

    @BeforeEach
    void signInAsAdmin() throws Exception {
        this.adminName = newUser(StaffRole.ADMIN);
        this.admin = signIn(this.adminName, PASSWORD);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        this.jdbc.update("DELETE FROM mail_outbox WHERE appointment_id IS NOT NULL");
        this.jdbc.update("DELETE FROM appointment");
        // The type's words go with it (ON DELETE CASCADE).
        this.createdSlugs.forEach((slug) -> this.jdbc.update("DELETE FROM appointment_type WHERE slug = ?", slug));
        // As in ClinicSetupTest: this context's clock is later than the others', so its audit lines go.
        this.jdbc.update("DELETE FROM audit_event WHERE actor = ?", this.adminName);
    }

    private String newSlug() {
        String slug = "follow-up-" + System.nanoTime();
        this.createdSlugs.add(slug);
        return slug;
    }

    private static MockHttpServletRequestBuilder typeForm(String path, String slug) {
        return post(path)
                .param("name", "Follow-up session")
                .param("slug", slug)
                .param("description", "A follow-up session at the clinic.")
                .param("duration", "30")
                .param("buffer", "5")
                .param("place", "clinic")
                .param("location", "At the clinic on Main Street")
                .param("active", "yes");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return this.mockMvc
                .perform(request.with(csrf()).session(this.admin))
                .andReturn()
                .getResponse();
    }

    private Document staffPage(String path) throws Exception {
        return Jsoup.parse(this.mockMvc
                .perform(get(path).session(this.admin))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(
                this.mockMvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    private int audited(String action, String target) {
        return count(
                "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND target = ?",
                this.adminName,
                action,
                target);
    }

    /** Books the type at the Spanish address; the token of the manage link. */
    private String bookInSpanish(String slug) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/es/reservar/cita").with(csrf()).with(freshClient());
        request.param("type", slug)
                .param("slot", MONDAY_NINE)
                .param("name", "Ana García")
                .param("email", "ana@example.com")
                .param("phone", "555 123 4567")
                .param("consent", "yes");
        for (String flag :
                List.of("redFlagNumbness", "redFlagBladderBowel", "redFlagWeakness", "redFlagFever", "redFlagFall")) {
            request.param(flag, "no");
        }
        MvcResult posted = this.mockMvc.perform(request).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/es/reservar/confirmada");
        return (String) posted.getFlashMap().get("bookedToken");
    }

    private Document confirmation(String token) throws Exception {
        return Jsoup.parse(this.mockMvc
                .perform(get("/es/reservar/confirmada").flashAttr("bookedToken", token))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private MailOutbox onlyMail() {
        Appointment stored = this.appointments.findAll().get(0);
        List<MailOutbox> mails = this.outbox.findByAppointmentIdOrderByIdAsc(stored.getId());
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    @Test
    void theSetUpPageSavesTheSpanishWordsAndShowsThemAgainAudited() throws Exception {
        String slug = newSlug();

        MockHttpServletResponse created = send(typeForm("/staff/schedule/setup/types", slug)
                .param("texts[es].name", " Sesión de seguimiento ")
                .param("texts[es].description", "Una sesión de seguimiento en la clínica.")
                .param("texts[es].location", "En la clínica de la calle Main"));

        assertThat(created.getRedirectedUrl()).isEqualTo("/staff/schedule/setup");
        AppointmentType type = this.types.findBySlug(slug).orElseThrow();
        assertThat(type.getName()).as("the English name is the type's own").isEqualTo("Follow-up session");
        assertThat(audited("APPOINTMENT_TYPE_CREATED", "type " + slug + ", texts es"))
                .isEqualTo(1);

        Document edit = staffPage("/staff/schedule/setup/types/" + type.getId());
        assertThat(edit.selectFirst("html").attr("lang"))
                .as("staff pages stay English")
                .isEqualTo("en");
        assertThat(edit.select("fieldset.translation legend").text()).isEqualTo("In Spanish");
        assertThat(edit.select("label[for=name-es]").text()).startsWith("Name in Spanish");
        assertThat(edit.select("input#name-es").attr("name")).isEqualTo("texts[es].name");
        assertThat(edit.select("input#name-es").val()).isEqualTo("Sesión de seguimiento");
        assertThat(edit.select("textarea#description-es").text()).isEqualTo("Una sesión de seguimiento en la clínica.");
        assertThat(edit.select("input#location-es").val()).isEqualTo("En la clínica de la calle Main");
        // what is typed in Spanish is marked Spanish (screen readers, spell checking); the English fields and the
        // labels stay in the page's English
        assertThat(edit.select("input#name-es, textarea#description-es, input#location-es")
                        .eachAttr("lang"))
                .containsExactly("es", "es", "es");
        assertThat(edit.select("label[for=name-es], input#name, textarea#description")
                        .hasAttr("lang"))
                .isFalse();

        MockHttpServletResponse changed = send(typeForm("/staff/schedule/setup/types/" + type.getId(), slug)
                .param("texts[es].name", "Cita de seguimiento")
                .param("texts[es].description", "Una sesión de seguimiento en la clínica.")
                .param("texts[es].location", "En la clínica de la calle Main"));
        assertThat(changed.getRedirectedUrl()).isEqualTo("/staff/schedule/setup");
        assertThat(this.texts
                        .findByTypeIdAndLanguage(type.getId(), "es")
                        .orElseThrow()
                        .getName())
                .isEqualTo("Cita de seguimiento");
        assertThat(audited("APPOINTMENT_TYPE_CHANGED", "type " + slug + ", texts es"))
                .isEqualTo(1);

        send(typeForm("/staff/schedule/setup/types/" + type.getId(), slug)
                .param("texts[es].name", "Cita de seguimiento")
                .param("texts[es].description", "Una sesión de seguimiento en la clínica.")
                .param("texts[es].location", "En la clínica de la calle Main"));
        assertThat(audited("APPOINTMENT_TYPE_CHANGED", "type " + slug))
                .as("a save that leaves the Spanish words as they were does not say they changed")
                .isEqualTo(1);

        send(typeForm("/staff/schedule/setup/types/" + type.getId(), slug)
                .param("texts[es].name", "")
                .param("texts[es].description", " ")
                .param("texts[es].location", ""));
        assertThat(this.texts.findByTypeIdAndLanguage(type.getId(), "es"))
                .as("emptied, the Spanish words are gone")
                .isEmpty();
    }

    @Test
    void aTooLongSpanishNameIsRefusedWithItsFieldErrorAndEveryValueKept() throws Exception {
        String slug = newSlug();
        String tooLong = "Sesión ".repeat(15);

        MockHttpServletResponse refused = send(typeForm("/staff/schedule/setup/types", slug)
                .param("texts[es].name", tooLong)
                .param("texts[es].description", "Una sesión de seguimiento.")
                .param("texts[es].location", "x".repeat(201)));

        assertThat(refused.getStatus()).isEqualTo(400);
        Document form = Jsoup.parse(refused.getContentAsString());
        assertThat(form.title()).startsWith("Error:");
        assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#name-es", "#location-es");
        assertThat(form.select("#name-es-error").text()).contains("name in Spanish of at most 100 characters");
        assertThat(form.select("input#name-es").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("input#name-es").attr("aria-describedby")).contains("name-es-error");
        assertThat(form.select("input#location-es").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("input#name-es").val())
                .as("what was typed is kept")
                .isEqualTo(tooLong);
        assertThat(form.select("textarea#description-es").text()).isEqualTo("Una sesión de seguimiento.");
        assertThat(form.select("input#name").val()).isEqualTo("Follow-up session");
        assertThat(form.select("input#slug").val()).isEqualTo(slug);
        assertThat(this.types.findBySlug(slug)).as("nothing stored").isEmpty();
    }

    @Test
    void theSpanishPagesEmailAndCalendarFileUseTheSpanishWords() throws Exception {
        String slug = newSlug();
        send(typeForm("/staff/schedule/setup/types", slug)
                .param("texts[es].name", "Sesión de seguimiento")
                .param("texts[es].description", "Una sesión de seguimiento en la clínica.")
                .param("texts[es].location", "En la clínica de la calle Main"));

        Document list = page("/es/reservar");
        assertThat(list.select("a[href=/es/reservar/" + slug + "]").text()).isEqualTo("Sesión de seguimiento");
        assertThat(list.select("a[href=/es/reservar/" + slug + "]").hasAttr("lang"))
                .isFalse();
        assertThat(list.text())
                .contains("Una sesión de seguimiento en la clínica.", "En la clínica de la calle Main")
                .contains("Consulta telefónica gratuita", "Evaluación inicial", "En la clínica Empower Fitness")
                .doesNotContain("Follow-up session", "Initial assessment", "At the clinic");
        assertThat(list.select("main [lang=en]")).as("every type is translated").isEmpty();

        Document times = page("/es/reservar/" + slug + "?week=2027-03-15");
        assertThat(times.title()).startsWith("Elija una hora: Sesión de seguimiento");
        assertThat(times.selectFirst("h1").text()).isEqualTo("Elija una hora: Sesión de seguimiento");
        assertThat(times.select(".lede").text()).contains("En la clínica de la calle Main");

        Document details = page("/es/reservar/" + slug + "/datos?slot=" + MONDAY_NINE);
        assertThat(details.select(".notice strong").text()).isEqualTo("Sesión de seguimiento");

        String token = bookInSpanish(slug);
        Document confirmed = confirmation(token);
        assertThat(confirmed.select(".summary-list").text())
                .contains("Sesión de seguimiento (30 minutos)", "En la clínica de la calle Main")
                .doesNotContain("Follow-up", "At the clinic");
        Document manage = page("/es/reservar/gestionar/" + token);
        assertThat(manage.select(".summary-list").text()).contains("Sesión de seguimiento (30 minutos)");

        MailOutbox mail = onlyMail();
        assertThat(mail.getBody())
                .contains("Cita: Sesión de seguimiento (30 minutos)")
                .contains("Dónde: En la clínica de la calle Main")
                .doesNotContain("Follow-up", "At the clinic");
        String ics = unfold(mail.getAttachment().content());
        assertThat(ics)
                .contains("SUMMARY:Sesión de seguimiento con Dr. Ezra Miller")
                .contains("LOCATION:En la clínica de la calle Main")
                .contains("DESCRIPTION:Una sesión de seguimiento en la clínica.\\nReferencia: ")
                .doesNotContain("Follow-up", "At the clinic");
        String download = this.mockMvc
                .perform(get("/es/reservar/gestionar/" + token + "/cita.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unfold(download)).contains("SUMMARY:Sesión de seguimiento con Dr. Ezra Miller");
    }

    @Test
    void anUntranslatedNameIsShownInEnglishMarkedSoOnPagesAndPlainInMail() throws Exception {
        String slug = newSlug();
        send(typeForm("/staff/schedule/setup/types", slug).param("texts[es].name", ""));
        String translatedNameOnly = newSlug();
        send(typeForm("/staff/schedule/setup/types", translatedNameOnly).param("texts[es].name", "Sesión corta"));

        Document setup = staffPage("/staff/schedule/setup");
        assertThat(setup.select("#types ~ div th").eachText()).contains("Name in Spanish");
        assertThat(setup.select("#types ~ div tr:contains(/book/" + slug + ")").text())
                .contains("Not translated (patients see the English)");
        assertThat(setup.select("#types ~ div td[lang=es]").eachText())
                .contains("Evaluación inicial", "Consulta telefónica gratuita", "Sesión corta");

        Document list = page("/es/reservar");
        assertThat(list.select("a[href=/es/reservar/" + slug + "]").attr("lang"))
                .isEqualTo("en");
        assertThat(list.select("a[href=/es/reservar/" + slug + "]").text()).isEqualTo("Follow-up session");
        assertThat(list.select("main [lang=en]").eachText())
                .as("the English name, description and place, and the untranslated description and place only")
                .containsExactly(
                        "Follow-up session",
                        "A follow-up session at the clinic.",
                        "At the clinic on Main Street",
                        "A follow-up session at the clinic.",
                        "At the clinic on Main Street");
        assertThat(list.select("a[href=/es/reservar/" + translatedNameOnly + "]")
                        .hasAttr("lang"))
                .isFalse();
        assertThat(list.select("main [lang=en]").eachText()).doesNotContain("Sesión corta", "20 minutos");

        Document times = page("/es/reservar/" + slug + "?week=2027-03-15");
        assertThat(times.selectFirst("h1").text()).isEqualTo("Elija una hora: Follow-up session");
        assertThat(times.select("h1 span[lang=en]").text()).isEqualTo("Follow-up session");
        assertThat(times.title()).startsWith("Elija una hora: Follow-up session");

        Document details = page("/es/reservar/" + slug + "/datos?slot=" + MONDAY_NINE);
        assertThat(details.select(".notice strong[lang=en]").text()).isEqualTo("Follow-up session");

        String token = bookInSpanish(slug);
        Document confirmed = confirmation(token);
        assertThat(confirmed.select(".summary-list span[lang=en]").text()).isEqualTo("Follow-up session");
        assertThat(confirmed.select(".summary-list dd").eachText()).contains("Follow-up session (30 minutos)");
        assertThat(confirmed.select(".summary-list dd[lang=en]").text()).isEqualTo("At the clinic on Main Street");

        MailOutbox mail = onlyMail();
        assertThat(mail.getBody())
                .contains("Cita: Follow-up session (30 minutos)")
                .contains("Dónde: At the clinic on Main Street")
                .doesNotContain("lang=", "<span");
        assertThat(unfold(mail.getAttachment().content()))
                .contains("SUMMARY:Follow-up session con Dr. Ezra Miller")
                .doesNotContain("lang=");
    }

    @Test
    void aPhoneCallIsDescribedInTheInterfaceLanguageNotAsAPlace() {
        AppointmentType phone = this.types.findBySlug("free-phone-consultation").orElseThrow();

        TypeWords spanish = this.typeTexts.words(phone, "es");
        assertThat(spanish.name()).isEqualTo(LocalText.of("Consulta telefónica gratuita"));
        assertThat(spanish.place())
                .isEqualTo(LocalText.of("Llamada telefónica: el fisioterapeuta le llama al número que nos dio"));
        assertThat(this.typeTexts.words(phone, "en").place())
                .isEqualTo(LocalText.of("Phone call: the therapist calls you on the number you gave"));
    }

    @Test
    void theEnglishPagesShowTheEnglishWordsUnmarked() throws Exception {
        String slug = newSlug();
        send(typeForm("/staff/schedule/setup/types", slug).param("texts[es].name", "Sesión de seguimiento"));

        Document list = page("/book");
        assertThat(list.select("a[href=/book/" + slug + "]").text()).isEqualTo("Follow-up session");
        assertThat(list.text())
                .contains("Free phone consultation", "Initial assessment", "At the Empower Fitness clinic")
                .doesNotContain("Sesión", "Evaluación");
        assertThat(list.select("main [lang]")).isEmpty();

        Document times = page("/book/" + slug + "?week=2027-03-15");
        assertThat(times.selectFirst("h1").text()).isEqualTo("Choose a time: Follow-up session");
        assertThat(times.select("main [lang]")).isEmpty();
        Document details = page("/book/initial-assessment/details?slot=" + MONDAY_NINE);
        assertThat(details.select(".notice strong").text()).isEqualTo("Initial assessment");
        assertThat(details.select("main [lang]")).isEmpty();
    }

    /** iCalendar folds long lines (CRLF and a space); the text as one line again. */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }
}
