package com.empowerfitness.guide.booking.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.inbox.InboxTest;
import com.empowerfitness.guide.support.SharedContextTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** What an attack from outside found on the booking form and the inbox (issue 11): 4xx pages, never a 500. */
class BookingHardeningTest extends SharedContextTest {

    @Autowired
    ConsultationRequestRepository requests;

    @ParameterizedTest(name = "Origin: {0}")
    @ValueSource(strings = {"null", "http://[", "::", "http://", "https://localhost:99999", "%%%"})
    void aTokenlessPostWhoseOriginIsNotAValidOriginGetsThe403Page(String origin) throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(post("/book")
                        .with(freshClient())
                        .header("Origin", origin)
                        .param("name", "Bad Origin")
                        .param("consent", "yes"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).doesNotContain("Bad Origin").doesNotContain("not been sent yet");
    }

    @Test
    void anIndexedPreferredTimeIsAFieldErrorNotAServerError() throws Exception {
        long before = this.requests.count();

        MockHttpServletResponse response = this.mockMvc
                .perform(validBooking().param("preferredTimes[10000]", "saturday"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#preferredTimes-error").text()).contains("Choose your preferred times from the list");
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#preferredTimes-weekday-mornings");
        assertThat(page.selectFirst("input[name=name]").val()).as("values kept").isEqualTo("Ada Lovelace");
        assertThat(this.requests.count()).isEqualTo(before);
    }

    @Test
    void nestedOrUnknownFieldNamesAreNeverBound() throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(validBooking("name", "Nested " + InboxTest.tag())
                        .param("preferredTimes[0].bytes", "x")
                        .param("class.module.classLoader", "x")
                        .param("redFlagAnswers[NUMBNESS]", "yes"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isLessThan(500);
    }

    @Test
    void aNulCharacterInAnyFieldIsRemovedAndTheRequestStored() throws Exception {
        String tag = InboxTest.tag();
        MockHttpServletResponse response = this.mockMvc
                .perform(validBooking(
                        "name",
                        "Nul\u0000 Patient " + tag,
                        "email",
                        "nul\u0000@example.com",
                        "phone",
                        "555\u0000 123 4567",
                        "message",
                        "Back\u0000ache",
                        "symptomDuration",
                        "not-sure\u0000",
                        "redFlagFever",
                        "no\u0000"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        ConsultationRequest stored = this.requests
                .findByConfirmationToken(response.getRedirectedUrl().substring("/book/confirmation/".length()))
                .orElseThrow();
        assertThat(stored.getName()).isEqualTo("Nul Patient " + tag);
        assertThat(stored.getEmail()).isEqualTo("nul@example.com");
        assertThat(stored.getPhone()).isEqualTo("555 123 4567");
        assertThat(stored.getMessage()).isEqualTo("Backache");
        assertThat(stored.getSymptomDuration()).isEqualTo("not-sure");
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacter() throws Exception {
        String tag = InboxTest.tag();
        MockHttpServletResponse response = this.mockMvc
                .perform(validBooking("name", "Half \uD83D emoji " + tag, "message", "\uDE00 and 😀"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        ConsultationRequest stored = this.requests
                .findByConfirmationToken(response.getRedirectedUrl().substring("/book/confirmation/".length()))
                .orElseThrow();
        assertThat(stored.getName()).isEqualTo("Half \uFFFD emoji " + tag);
        assertThat(stored.getMessage()).isEqualTo("\uFFFD and 😀");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status", "from", "to", "q"})
    void bracesTypedIntoAnInboxFilterAreDataNotAUriTemplate(String field) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse posted = this.mockMvc
                .perform(post("/staff/bookings")
                        .with(InboxTest.STAFF)
                        .with(csrf())
                        .session(session)
                        .param(field, "{x}"))
                .andReturn()
                .getResponse();

        assertThat(posted.getStatus()).isEqualTo(302);
        String location = posted.getRedirectedUrl();
        assertThat(location).startsWith("/staff/bookings").doesNotContain("{");
        MockHttpServletResponse page = this.mockMvc
                .perform(get(location).with(InboxTest.STAFF).session(session))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        if (!field.equals("q")) {
            Document html = Jsoup.parse(page.getContentAsString());
            assertThat(html.select("#" + field + "-error").text()).isNotBlank();
            assertThat(html.selectFirst("[name=" + field + "]").attr("aria-invalid"))
                    .isEqualTo("true");
        }
        assertThat(this.mockMvc
                        .perform(
                                get("/staff/bookings.csv?" + field + "=%7Bx%7D").with(InboxTest.STAFF))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void bracesInEveryStaffFormOfTheInboxAreNoServerError() throws Exception {
        long id = this.requests.findAll().stream()
                .findFirst()
                .map(ConsultationRequest::getId)
                .orElseGet(() -> {
                    try {
                        this.mockMvc.perform(validBooking());
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                    return this.requests.findAll().get(0).getId();
                });
        for (String[] form : new String[][] {
            {"/staff/bookings/" + id + "/status", "status", "{x}"},
            {"/staff/bookings/" + id + "/status", "reason", "{x}"},
            {"/staff/bookings/" + id + "/notes", "body", "{x}"},
            {"/staff/bookings/" + id + "/erase", "confirm", "{x}"}
        }) {
            int status = this.mockMvc
                    .perform(post(form[0]).with(InboxTest.ADMIN).with(csrf()).param(form[1], form[2]))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(String.join(" ", form)).isLessThan(500);
        }
    }
}
