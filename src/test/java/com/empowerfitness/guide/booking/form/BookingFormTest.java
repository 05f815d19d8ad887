package com.empowerfitness.guide.booking.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.RedFlag;
import com.empowerfitness.guide.booking.RequestStatus;
import com.empowerfitness.guide.support.SharedContextTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class BookingFormTest extends SharedContextTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void formHasTheContractFieldNamesAndAHiddenHoneypot() throws Exception {
        Document page = Jsoup.parse(this.mockMvc
                .perform(get("/book/request"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        for (String name : new String[] {
            "name",
            "email",
            "phone",
            "preferredContact",
            "preferredTimes",
            "symptomDuration",
            "message",
            "consent",
            "website",
            "_csrf"
        }) {
            assertThat(page.select("form [name=" + name + "]")).as(name).isNotEmpty();
        }
        assertThat(page.select("select[name=symptomDuration] option")).hasSizeGreaterThan(3);
        assertThat(page.select("input[name=preferredTimes]")).hasSize(4);
        Element honeypot = page.selectFirst("input[name=website]");
        assertThat(honeypot.attr("tabindex")).isEqualTo("-1");
        assertThat(honeypot.attr("autocomplete")).isEqualTo("off");
        assertThat(honeypot.parent().hasClass("form-honeypot")).isTrue();
        assertThat(page.selectFirst("label[for=website]").text()).isEqualTo("Leave this field empty");
        for (Element input : page.select("form input:not([type=hidden]), form select, form textarea")) {
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label for " + input.id())
                    .isNotEmpty();
        }
        assertThat(page.select("fieldset legend").eachText()).anyMatch((text) -> text.contains("bladder"));
    }

    @Test
    void validRequestIsStoredAndRedirectsToAConfirmationWithoutPersonalDetails() throws Exception {
        MockHttpServletResponse posted = this.mockMvc
                .perform(validBooking("name", "Grace Hopper"))
                .andReturn()
                .getResponse();

        assertThat(posted.getStatus()).isEqualTo(302);
        assertThat(posted.getRedirectedUrl()).matches("/book/confirmation/[A-Za-z0-9_-]{32}");
        String token = posted.getRedirectedUrl().substring("/book/confirmation/".length());
        ConsultationRequest stored =
                this.requests.findByConfirmationToken(token).orElseThrow();
        assertThat(stored.getName()).isEqualTo("Grace Hopper");
        assertThat(stored.getReference()).matches("EF-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
        assertThat(stored.getConsentNoticeVersion()).isEqualTo("2026-11-01");
        assertThat(stored.getConsentedAt()).isNotNull();
        assertThat(stored.getStatus()).isEqualTo(RequestStatus.NEW);
        assertThat(stored.isUrgent()).isFalse();
        assertThat(stored.getPreferredTimes()).isEqualTo("weekday-mornings,saturday");

        // Reopened later by anyone: the reference and what happens next, nothing about the patient.
        String confirmation = this.mockMvc
                .perform(get(posted.getRedirectedUrl()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirmation)
                .contains(stored.getReference())
                .contains("What happens next")
                .doesNotContain("Grace")
                .doesNotContain("ada@example.com")
                .doesNotContain("555) 123")
                .doesNotContain("bend")
                .doesNotContain("emergency care now");
    }

    @Test
    void anyRedFlagMakesTheRequestUrgentAndPutsEmergencyAdviceFirst() throws Exception {
        String location = this.mockMvc
                .perform(validBooking("redFlagBladderBowel", "yes"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        ConsultationRequest stored = this.requests
                .findByConfirmationToken(location.substring(location.lastIndexOf('/') + 1))
                .orElseThrow();
        assertThat(stored.isUrgent()).isTrue();
        assertThat(stored.answeredYes(RedFlag.BLADDER_BOWEL)).isTrue();
        Document page = Jsoup.parse(
                this.mockMvc.perform(get(location)).andReturn().getResponse().getContentAsString());
        Element main = page.getElementById("main-content");
        assertThat(main.child(0).hasClass("care-card-emergency")).isTrue();
        assertThat(main.child(0).text()).contains("Seek emergency care now").contains("call 911");
        assertThat(page.selectFirst("h1").text()).contains("emergency care");
        assertThat(main.text()).contains(stored.getReference());
    }

    static Stream<Arguments> invalidAnswers() {
        return Stream.of(
                Arguments.of("name", "", "name", "name", "Enter your name"),
                Arguments.of("name", "x".repeat(101), "name", "name", "100 characters or fewer"),
                Arguments.of("email", "not-an-email", "email", "email", "correct format"),
                Arguments.of("email", "ada@localhost", "email", "email", "correct format"),
                Arguments.of("phone", "call me maybe", "phone", "phone", "digits, spaces"),
                Arguments.of("phone", "12", "phone", "phone", "digits, spaces"),
                Arguments.of(
                        "preferredContact",
                        "pigeon",
                        "preferredContact",
                        "preferredContact-email",
                        "Choose email or phone"),
                Arguments.of(
                        "preferredTimes",
                        "midnight",
                        "preferredTimes",
                        "preferredTimes-weekday-mornings",
                        "from the list"),
                Arguments.of("symptomDuration", "forever", "symptomDuration", "symptomDuration", "from the list"),
                Arguments.of("redFlagFever", "maybe", "redFlagFever", "redFlagFever-yes", "Answer yes or no"),
                Arguments.of("message", "x".repeat(2001), "message", "message", "2,000 characters or fewer"),
                Arguments.of("consent", "", "consent", "consent", "privacy notice"),
                Arguments.of("consent", "maybe", "consent", "consent", "privacy notice"));
    }

    @ParameterizedTest(name = "{0}={1} is refused on {2}")
    @MethodSource("invalidAnswers")
    void invalidAnswerIsExplainedNextToTheFieldAndInTheSummary(
            String param, String value, String field, String anchor, String message) throws Exception {
        MockHttpServletResponse response =
                this.mockMvc.perform(validBooking(param, value)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        Element summaryLink = page.selectFirst(".error-summary a[href=#" + anchor + "]");
        assertThat(summaryLink).isNotNull();
        assertThat(summaryLink.text()).contains(message);
        assertThat(page.getElementById(anchor)).isNotNull();
        Element fieldError = page.getElementById(field + "-error");
        assertThat(fieldError.text()).contains(message);
        assertThat(page.select("[aria-describedby~=" + field + "-error]")).isNotEmpty();
        assertThat(page.title()).startsWith("Error:");
        // Values are kept.
        assertThat(page.selectFirst("input[name=email]").val())
                .isEqualTo(param.equals("email") ? value : "ada@example.com");
        assertThat(page.selectFirst("textarea[name=message]").text()).isNotEmpty();
    }

    @Test
    void neitherEmailNorPhoneIsRefusedOnTheEmailField() throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(validBooking("email", "", "phone", " ", "preferredContact", ""))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst(".error-summary a[href=#email]").text())
                .isEqualTo("Enter an email address or a phone number so that we can contact you");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Ada Lovelace");
    }

    @Test
    void phoneAloneIsEnoughButPreferringEmailThenNeedsAnEmail() throws Exception {
        assertThat(this.mockMvc
                        .perform(validBooking("email", "", "preferredContact", "phone"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        MockHttpServletResponse response =
                this.mockMvc.perform(validBooking("email", "")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .getElementById("email-error")
                        .text())
                .contains("choose phone");
    }

    @Test
    void errorSummaryListsEveryProblemInFormOrder() throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(post("/book").with(csrf()).with(freshClient()).param("message", "x".repeat(2001)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".error-summary a")
                        .eachAttr("href"))
                .containsExactly("#name", "#email", "#message", "#consent");
    }

    @Test
    void hostileOrOversizedInputNeverCausesAServerError() throws Exception {
        MvcResult result = this.mockMvc
                .perform(validBooking(
                                "preferredTimes",
                                "weekday-mornings,weekday-afternoons,weekday-evenings,saturday,saturday",
                                "name",
                                "<script>alert(1)</script>" + "y".repeat(5000))
                        .param("unknownField", "x")
                        .param("consent", "no"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void honeypotSubmissionLooksLikeASuccessButIsNotStored() throws Exception {
        long before = this.requests.count();

        MvcResult posted = this.mockMvc
                .perform(validBooking("name", "Honey Bot", "website", "http://spam.example"))
                .andReturn();

        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        assertThat(posted.getResponse().getRedirectedUrl()).matches("/book/confirmation/[A-Za-z0-9_-]{32}");
        String page = this.mockMvc
                .perform(get(posted.getResponse().getRedirectedUrl()).flashAttrs(posted.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("EF-[23456789A-Z]{6}").contains("Request sent");
        assertThat(this.requests.count()).isEqualTo(before);
        assertThat(this.requests.findAll())
                .noneMatch((request) -> request.getName().equals("Honey Bot"));
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWithoutRefillingTheForm() throws Exception {
        String[][] origins = {{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://evil.example"}, {}};
        for (String[] origin : origins) {
            MockHttpServletRequestBuilder forged = post("/book")
                    .with(csrf().useInvalidToken())
                    .with(freshClient())
                    .param("name", "Mallory")
                    .param("consent", "yes");
            if (origin.length > 0) {
                forged.header(origin[0], origin[1]);
            }
            MvcResult result = this.mockMvc.perform(forged).andReturn();

            assertThat(result.getResponse().getStatus())
                    .as(String.join(": ", origin))
                    .isEqualTo(403);
            MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
            String page = this.mockMvc
                    .perform(
                            session == null
                                    ? get("/book/request")
                                    : get("/book/request").session(session))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).doesNotContain("Mallory").doesNotContain("not been sent yet");
        }
    }

    @Test
    void aRefusedPostGetsAPageThatSaysWhatToDo() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/book"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                                .POST(HttpRequest.BodyPublishers.ofString("name=No+Token&consent=yes"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("We could not accept that request");
        assertThat(page.body()).contains("reload the page and send it again").doesNotContain("No Token");
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        long before = this.requests.count();

        int status = this.mockMvc
                .perform(post("/book")
                        .with(freshClient())
                        .param("name", "No Token")
                        .param("email", "a@example.com")
                        .param("consent", "yes"))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(this.requests.count()).isEqualTo(before);
    }

    @Test
    void sixthRequestFromOneAddressInTheWindowGetsAFriendly429() throws Exception {
        var sameClient = freshClient();
        for (int i = 0; i < 5; i++) {
            assertThat(this.mockMvc
                            .perform(validBooking().with(sameClient))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
        }

        MockHttpServletResponse refused = this.mockMvc
                .perform(validBooking().with(sameClient))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).matches("\\d+");
        assertThat(refused.getContentAsString()).contains("try again in").contains("call 911");
        assertThat(this.mockMvc
                        .perform(validBooking())
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another address is not limited")
                .isEqualTo(302);
    }

    @Test
    void unknownConfirmationTokenGetsAFriendlyNotFound() throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(get("/book/confirmation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("no longer available");
    }

    @Test
    void privacyNoticeShowsItsVersion() throws Exception {
        Document page = Jsoup.parse(
                this.mockMvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Privacy notice");
        assertThat(page.text()).contains("Version 2026-11-01").contains("365 days");
    }
}
