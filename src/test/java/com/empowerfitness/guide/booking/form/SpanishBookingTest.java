package com.empowerfitness.guide.booking.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.support.SharedContextTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The request form, its errors, confirmation and error pages in Spanish, at the Spanish addresses. */
class SpanishBookingTest extends SharedContextTest {

    /** Interface text of the English pages that must never show on a Spanish one. */
    static final List<String> ENGLISH = List.of(
            "Skip to main content",
            "Book a consultation",
            "Book a free consultation",
            "Your full name",
            "How can we contact you",
            "Email address",
            "Weekday mornings",
            "Choose one",
            "(optional)",
            "Some important questions",
            "Do you have a fever",
            "Leave this field empty",
            "Send my request",
            "privacy notice",
            "Medical disclaimer",
            "In an emergency call 911",
            "Search the guide",
            "There is a problem");

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void theSpanishRequestFormIsInSpanishThroughoutAndPostsToTheSpanishAddress() throws Exception {
        MockHttpServletResponse response =
                this.mockMvc.perform(get("/es/reservar/solicitud")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Pida una consulta gratuita");
        assertThat(page.selectFirst("form.booking-form").attr("action")).isEqualTo("/es/reservar");
        assertThat(page.selectFirst("label[for=name]").text()).isEqualTo("Su nombre completo");
        assertThat(page.select("fieldset legend").eachText()).contains("¿Tiene fiebre?");
        assertThat(page.select("select[name=symptomDuration] option").eachText())
                .contains("Elija una opción", "De 1 a 6 semanas");
        assertThat(page.select("label[for=preferredTimes-saturday]").text()).isEqualTo("Sábado");
        assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("Saltar al contenido principal");
        assertThat(page.select("nav.site-nav a").eachAttr("href")).contains("/es/", "/es/ejercicios", "/es/reservar");
        assertNoEnglishInterface(page);
        // The contract field names stay as in English: other tools post to both forms.
        for (String name : List.of("name", "email", "phone", "preferredContact", "consent", "website", "_csrf")) {
            assertThat(page.select("form [name=" + name + "]")).as(name).isNotEmpty();
        }
    }

    @Test
    void anInvalidSpanishFormComesBackWithSpanishErrorsAndTheValuesKept() throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(spanishPost(
                        "name", "", "email", "no-es-un-correo", "message", "Me duele al agacharme", "consent", ""))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.title()).startsWith("Error: Pida una consulta gratuita");
        assertThat(page.selectFirst(".error-summary h2").text()).isEqualTo("Hay un problema");
        assertThat(page.select(".error-summary a").eachText())
                .containsExactly(
                        "Escriba su nombre",
                        "Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com",
                        "Acepte el aviso de privacidad para que podamos guardar su solicitud");
        assertThat(page.getElementById("email-error").text())
                .isEqualTo("Error: Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com");
        assertThat(page.selectFirst("input[name=email]").val()).isEqualTo("no-es-un-correo");
        assertThat(page.selectFirst("textarea[name=message]").text()).isEqualTo("Me duele al agacharme");
        assertThat(page.selectFirst("input[name=redFlagFever][value=no]").hasAttr("checked"))
                .isTrue();
        assertNoEnglishInterface(page);
        assertThat(page.text()).doesNotContain("Enter your name").doesNotContain("Agree to the privacy notice");
    }

    @Test
    void theSameErrorsOnTheEnglishFormStayEnglish() throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(validBooking("name", "", "email", "not-an-email"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".error-summary a").eachText())
                .containsExactly(
                        "Enter your name", "Enter an email address in the correct format, like name@example.com");
    }

    @Test
    void redFlagAnswersThatAreNeitherYesNorNoAreReportedInSpanish() throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(spanishPost("redFlagFever", "tal vez", "redFlagFall", "quizás"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.getElementById("redFlagFever-error").text()).isEqualTo("Error: Responda sí o no");
        assertThat(page.getElementById("redFlagFall-error").text()).isEqualTo("Error: Responda sí o no");
    }

    @Test
    void aSpanishRequestIsStoredInSpanishAndConfirmedAtTheSpanishAddress() throws Exception {
        MockHttpServletResponse posted = this.mockMvc
                .perform(spanishPost("name", "Rosa Parks"))
                .andReturn()
                .getResponse();

        assertThat(posted.getStatus()).isEqualTo(302);
        assertThat(posted.getRedirectedUrl()).matches("/es/reservar/confirmacion/[A-Za-z0-9_-]{32}");
        String token = posted.getRedirectedUrl().substring("/es/reservar/confirmacion/".length());
        ConsultationRequest stored =
                this.requests.findByConfirmationToken(token).orElseThrow();
        assertThat(stored.getLanguage()).isEqualTo("es");
        assertThat(stored.getName()).isEqualTo("Rosa Parks");

        Document confirmation = Jsoup.parse(this.mockMvc
                .perform(get(posted.getRedirectedUrl()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(confirmation.selectFirst("h1").text()).isEqualTo("Solicitud enviada");
        assertThat(confirmation.text()).contains(stored.getReference()).contains("Qué pasa ahora");
        assertThat(confirmation.text()).doesNotContain("What happens next").doesNotContain("Request sent");
    }

    @Test
    void anEnglishRequestIsStoredAsEnglish() throws Exception {
        String location =
                this.mockMvc.perform(validBooking()).andReturn().getResponse().getRedirectedUrl();

        String token = location.substring("/book/confirmation/".length());
        assertThat(this.requests.findByConfirmationToken(token).orElseThrow().getLanguage())
                .isEqualTo("en");
    }

    @Test
    void theSpanishPrivacyNoticeIsSpanish() throws Exception {
        Document page = Jsoup.parse(this.mockMvc
                .perform(get("/es/privacidad"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Aviso de privacidad");
        assertThat(page.text()).contains("Quiénes somos").doesNotContain("Who we are");
    }

    @Test
    void aMissingSpanishPageGetsTheSpanish404AndAnEnglishOneTheEnglish() throws Exception {
        HttpResponse<String> spanish =
                http(HttpRequest.newBuilder(uri("/es/no-existe")).GET());
        HttpResponse<String> english =
                http(HttpRequest.newBuilder(uri("/no-such-page")).GET());

        assertThat(spanish.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(spanish.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("No encontramos esta página");
        assertThat(page.select("main a").eachAttr("href")).contains("/es/", "/es/ejercicios", "/es/reservar");
        assertNoEnglishInterface(page);
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(english.body()).selectFirst("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void aRefusedSpanishPostGetsTheSpanish403() throws Exception {
        // No token and no sign of where it came from: not the expired-form case, the plain 403 page.
        HttpResponse<String> refused = http(HttpRequest.newBuilder(uri("/es/reservar"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")));

        assertThat(refused.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("No pudimos aceptar esta solicitud");
        assertNoEnglishInterface(page);
    }

    @Test
    void aSpanishFormPostedAfterItsTokenExpiredComesBackInSpanishFilledIn() throws Exception {
        String body = "name=" + URLEncoder.encode("José Martí", StandardCharsets.UTF_8)
                + "&email=jose%40example.com&redFlagFever=no&_csrf=stale";
        HttpResponse<String> refused = http(HttpRequest.newBuilder(uri("/es/reservar"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .header("X-Forwarded-For", "10.201.0.1")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(refused.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#expired-title").text()).isEqualTo("Su solicitud todavía no se ha enviado");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("José Martí");
        assertThat(page.selectFirst("form.booking-form").attr("action")).isEqualTo("/es/reservar");
        assertNoEnglishInterface(page);
    }

    @Test
    void tooManySpanishRequestsGetTheSpanish429() throws Exception {
        var sameClient = freshClient();
        MockHttpServletResponse last = null;
        for (int i = 0; i < 6; i++) {
            last = this.mockMvc
                    .perform(spanishPost("name", "Paciente " + i).with(sameClient))
                    .andReturn()
                    .getResponse();
        }

        assertThat(last.getStatus()).isEqualTo(429);
        Document page = Jsoup.parse(last.getContentAsString());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Hemos recibido varias solicitudes suyas");
        assertThat(page.text()).contains("Vuelva a intentarlo dentro de");
        assertNoEnglishInterface(page);
    }

    static void assertNoEnglishInterface(Document page) {
        String text = page.text() + " " + page.select("[aria-label]").eachAttr("aria-label") + " " + page.title();
        for (String english : ENGLISH) {
            assertThat(text).as("English on a Spanish page").doesNotContain(english);
        }
        // A key missing in every bundle shows as ??key_es??.
        assertThat(page.html()).doesNotContain("??");
    }

    private MockHttpServletRequestBuilder spanishPost(String... overrides) {
        MockHttpServletRequestBuilder request =
                post("/es/reservar").with(csrf()).with(freshClient());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", "Ana García");
        fields.put("email", "ana@example.com");
        fields.put("phone", "555 123 4567");
        fields.put("preferredContact", "email");
        for (String flag : com.empowerfitness.guide.booking.RedFlag.fields()) {
            fields.put(flag, "no");
        }
        fields.put("consent", "yes");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.port + path);
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
