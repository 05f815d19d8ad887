package com.empowerfitness.guide.booking.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.RedFlag;
import com.empowerfitness.guide.booking.RequestNote;
import com.empowerfitness.guide.booking.RequestNoteRepository;
import com.empowerfitness.guide.booking.RequestStatus;
import com.empowerfitness.guide.booking.form.BookingForm;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.support.SharedContextTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

public class InboxTest extends SharedContextTest {

    public static final RequestPostProcessor STAFF =
            SecurityMockMvcRequestPostProcessors.user("jo").roles("STAFF");

    public static final RequestPostProcessor ADMIN =
            SecurityMockMvcRequestPostProcessors.user("boss").roles("ADMIN");

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @Autowired
    RequestNoteRepository notes;

    @Test
    void urgentRequestsComeFirstThenTheNewest() throws Exception {
        String tag = tag();
        BookingService.Submission older = submit("Older " + tag, false, "");
        BookingService.Submission urgent = submit("Urgent " + tag, true, "");
        BookingService.Submission newer = submit("Newer " + tag, false, "");

        Document page = inbox("q=" + tag);

        assertThat(page.select("tbody tr td:first-child a").eachText())
                .containsExactly(urgent.reference(), newer.reference(), older.reference());
        assertThat(page.select("tbody tr").first().text()).contains("Urgent");
    }

    @Test
    void freeTextSearchesNameEmailPhoneReferenceAndMessage() throws Exception {
        String tag = tag();
        BookingService.Submission byMessage = submit("Plain Name", false, "hurts after " + tag);
        BookingService.Submission byName = submit("Named " + tag, false, "");

        assertThat(inbox("q=" + tag.toUpperCase())
                        .select("tbody tr td:first-child a")
                        .eachText())
                .containsExactlyInAnyOrder(byMessage.reference(), byName.reference());
        assertThat(inbox("q=" + byMessage.reference())
                        .select("tbody tr td:first-child a")
                        .eachText())
                .containsExactly(byMessage.reference());
        // Other tests of this shared database store random text (the fuzz test), so the search is made unique.
        assertThat(inbox("q=" + tag + "%25").select("tbody tr"))
                .as("a % is searched for literally")
                .isEmpty();
    }

    @Test
    void statusAndDateFiltersNarrowTheList() throws Exception {
        String tag = tag();
        BookingService.Submission fresh = submit("Fresh " + tag, false, "");
        BookingService.Submission contacted = submit("Contacted " + tag, false, "");
        this.mockMvc.perform(post("/staff/bookings/{id}/status", contacted.id())
                .with(STAFF)
                .with(csrf())
                .param("status", "CONTACTED"));

        assertThat(refs(inbox("status=CONTACTED&q=" + tag))).containsExactly(contacted.reference());
        assertThat(refs(inbox("status=NEW&q=" + tag))).containsExactly(fresh.reference());
        assertThat(refs(inbox("status=OPEN&q=" + tag))).hasSize(2);
        String tomorrow = LocalDate.now().plusDays(2).toString();
        String yesterday = LocalDate.now().minusDays(2).toString();
        assertThat(refs(inbox("from=" + tomorrow + "&q=" + tag))).isEmpty();
        assertThat(refs(inbox("from=" + yesterday + "&to=" + tomorrow + "&q=" + tag)))
                .hasSize(2);
        assertThat(refs(inbox("to=" + yesterday + "&q=" + tag))).isEmpty();
        Document bad = inbox("from=27/11/2026&status=BOGUS&q=" + tag);
        assertThat(refs(bad)).hasSize(2);
        assertThat(bad.text()).contains("must look like 2026-11-27").contains("Unknown status");
    }

    @Test
    void inboxIsPagedInTheDatabaseAndLinksKeepTheFiltersWithoutTheSearchInAnyAddress() throws Exception {
        String tag = tag();
        for (int i = 0; i < 27; i++) {
            submit("Paged " + i + " " + tag, false, "");
        }
        MockHttpSession session = new MockHttpSession();

        Document first = inbox(session, "status=NEW&q=" + tag);
        assertThat(first.select("tbody tr")).hasSize(25);
        assertThat(first.selectFirst("input[name=q]").val())
                .as("the search box shows the search")
                .isEqualTo(tag);
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertThat(next).contains("status=NEW").contains("page=1").doesNotContain(tag);
        Document second = Jsoup.parse(this.mockMvc
                .perform(get(next).with(STAFF).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(second.select("tbody tr")).hasSize(2);
        assertThat(second.select("a[rel=prev]")).hasSize(1);
        assertThat(first.selectFirst("a[href^=/staff/bookings.csv]").attr("href"))
                .contains("status=NEW")
                .doesNotContain(tag);

        Document cleared = inbox(session, "");
        assertThat(cleared.selectFirst("input[name=q]").val())
                .as("Clear forgets the search")
                .isEmpty();
    }

    @Test
    void aSearchTypedIntoTheAddressIsIgnored() throws Exception {
        String tag = tag();
        submit("Address " + tag, false, "");

        String html = this.mockMvc
                .perform(get("/staff/bookings?q=" + tag).with(STAFF))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(html).selectFirst("input[name=q]").val()).isEmpty();
        assertThat(Jsoup.parse(html).select("form.inbox-filters").attr("method"))
                .isEqualTo("post");
    }

    @Test
    void detailShowsTheWholeRequestAndTheViewIsAudited() throws Exception {
        BookingForm form = form("Detail " + tag(), "no");
        form.setEmail("detail@example.com");
        form.setPhone("555 987 6543");
        form.setPreferredTimes(List.of("saturday"));
        form.setSymptomDuration("6-to-12-weeks");
        form.setMessage("Line one\nLine two");
        form.setAnswer(RedFlag.FEVER, "yes");
        BookingService.Submission submission = this.bookings.submit(form.toRequest());

        Document page = Jsoup.parse(this.mockMvc
                .perform(get("/staff/bookings/{id}", submission.id()).with(STAFF))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.text())
                .contains(submission.reference())
                .contains(form.getName())
                .contains("detail@example.com")
                .contains("555 987 6543")
                .contains("Saturday")
                .contains("6 to 12 weeks")
                .contains("Do you have a fever?")
                .contains("Line one")
                .contains("2026-11-01");
        Document audit = Jsoup.parse(this.mockMvc
                .perform(get("/staff/audit").with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(audit.select("tbody tr").eachText())
                .anyMatch((row) ->
                        row.contains("jo") && row.contains("Viewed a request") && row.contains(submission.reference()));
        assertThat(audit.text()).doesNotContain(form.getName()).doesNotContain("detail@example.com");
    }

    @Test
    void unknownRequestIsNotFound() throws Exception {
        assertThat(this.mockMvc
                        .perform(get("/staff/bookings/{id}", 987654321L).with(STAFF))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void decliningOrCancellingNeedsAReason() throws Exception {
        BookingService.Submission submission = submit("Decline " + tag(), false, "");

        MockHttpServletResponse refused = this.mockMvc
                .perform(post("/staff/bookings/{id}/status", submission.id())
                        .with(STAFF)
                        .with(csrf())
                        .param("status", "DECLINED")
                        .param("reason", " "))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".error-summary a[href=#reason]")
                        .text())
                .contains("Give a reason");
        assertThat(this.requests.findById(submission.id()).orElseThrow().getStatus())
                .isEqualTo(RequestStatus.NEW);

        assertThat(this.mockMvc
                        .perform(post("/staff/bookings/{id}/status", submission.id())
                                .with(STAFF)
                                .with(csrf())
                                .param("status", "CANCELLED")
                                .param("reason", "Patient feels better"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/staff/bookings/" + submission.id());
        ConsultationRequest stored = this.requests.findById(submission.id()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(stored.getStatusReason()).isEqualTo("Patient feels better");
        assertThat(this.notes.findByRequestIdOrderByCreatedAtAscIdAsc(submission.id()))
                .anyMatch((note) ->
                        note.getAuthor().equals("jo") && note.getBody().contains("Cancelled"));

        for (RequestStatus status :
                List.of(RequestStatus.CONTACTED, RequestStatus.SCHEDULED, RequestStatus.COMPLETED, RequestStatus.NEW)) {
            this.mockMvc.perform(post("/staff/bookings/{id}/status", submission.id())
                    .with(STAFF)
                    .with(csrf())
                    .param("status", status.name()));
            assertThat(this.requests.findById(submission.id()).orElseThrow().getStatus())
                    .isEqualTo(status);
        }
        assertThat(this.mockMvc
                        .perform(post("/staff/bookings/{id}/status", submission.id())
                                .with(STAFF)
                                .with(csrf())
                                .param("status", "LOST"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void staffFormErrorsKeepTheValuesAndPointAtTheField() throws Exception {
        BookingService.Submission submission = submit("Kept " + tag(), false, "");
        String longNote = "n".repeat(2001);

        MockHttpServletResponse note = this.mockMvc
                .perform(post("/staff/bookings/{id}/notes", submission.id())
                        .with(STAFF)
                        .with(csrf())
                        .param("body", longNote))
                .andReturn()
                .getResponse();
        assertThat(note.getStatus()).isEqualTo(400);
        Document notePage = Jsoup.parse(note.getContentAsString());
        Element body = notePage.getElementById("note-body");
        assertThat(body.attr("name")).isEqualTo("body");
        assertThat(body.text()).isEqualTo(longNote);
        assertThat(body.attr("aria-invalid")).isEqualTo("true");
        assertThat(body.attr("aria-describedby")).isEqualTo("note-body-hint note-body-error");
        assertThat(notePage.getElementById("note-body-error").text()).contains("2,000 characters or fewer");
        assertThat(notePage.select(".error-summary a[href=#note-body]")).isNotEmpty();

        MockHttpServletResponse status = this.mockMvc
                .perform(post("/staff/bookings/{id}/status", submission.id())
                        .with(STAFF)
                        .with(csrf())
                        .param("status", "DECLINED")
                        .param("reason", ""))
                .andReturn()
                .getResponse();
        Document statusPage = Jsoup.parse(status.getContentAsString());
        assertThat(statusPage.select("#new-status option[selected]").val()).isEqualTo("DECLINED");
        assertThat(statusPage.getElementById("reason").attr("aria-describedby")).isEqualTo("reason-hint reason-error");
    }

    @Test
    void notesKeepTheirAuthorAndTime() throws Exception {
        BookingService.Submission submission = submit("Notes " + tag(), false, "");

        this.mockMvc.perform(post("/staff/bookings/{id}/notes", submission.id())
                .with(STAFF)
                .with(csrf())
                .param("body", "Left a voicemail"));

        List<RequestNote> stored = this.notes.findByRequestIdOrderByCreatedAtAscIdAsc(submission.id());
        assertThat(stored).singleElement().satisfies((note) -> {
            assertThat(note.getAuthor()).isEqualTo("jo");
            assertThat(note.getBody()).isEqualTo("Left a voicemail");
            assertThat(note.getCreatedAt()).isNotNull();
        });
        String page = this.mockMvc
                .perform(get("/staff/bookings/{id}", submission.id()).with(STAFF))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select(".notes li").text()).contains("jo").contains("Left a voicemail");
        assertThat(this.mockMvc
                        .perform(post("/staff/bookings/{id}/notes", submission.id())
                                .with(STAFF)
                                .with(csrf())
                                .param("body", ""))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void hostileTextIsShownInertInTheInboxAndTheDetail() throws Exception {
        String tag = tag();
        String script = "<script>alert('x')</script> " + tag;
        String image = "\"><img src=x onerror=alert(1)> " + tag;
        String rtl = "\u202Egnp.exe\u202C Zoë 😀 " + tag;
        BookingForm hostile = form(script, "no");
        hostile.setMessage(image + " =HYPERLINK(\"http://evil.example\",\"click\")");
        BookingService.Submission first = this.bookings.submit(hostile.toRequest());
        BookingService.Submission second = this.bookings.submit(form(rtl, "no").toRequest());
        BookingService.Submission third = this.bookings.submit(form(image, "no").toRequest());

        for (String url : List.of(
                "/staff/bookings/" + first.id(), "/staff/bookings/" + second.id(), "/staff/bookings/" + third.id())) {
            String html = this.mockMvc
                    .perform(get(url).with(STAFF))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(html).as(url).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(page.select("script")).as(url).isEmpty();
            assertThat(page.select("[onerror]")).as(url).isEmpty();
            assertThat(page.select("img")).as(url).isEmpty();
        }
        Document list = inbox("q=" + tag);
        assertThat(list.select("tbody bdi").eachText()).contains(script.strip(), rtl.strip(), image.strip());
        assertThat(list.select("script")).isEmpty();
        assertThat(list.select("[onerror]")).isEmpty();
        assertThat(list.select("img")).isEmpty();
    }

    @Test
    void adminErasesARequestLeavingOnlyAnAuditLineWithItsReference() throws Exception {
        String name = "Erase Me " + tag();
        BookingService.Submission submission = submit(name, true, "private message");
        this.mockMvc.perform(post("/staff/bookings/{id}/notes", submission.id())
                .with(STAFF)
                .with(csrf())
                .param("body", "A note"));

        assertThat(this.mockMvc
                        .perform(post("/staff/bookings/{id}/erase", submission.id())
                                .with(STAFF)
                                .with(csrf())
                                .param("confirm", "yes"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(this.mockMvc
                        .perform(post("/staff/bookings/{id}/erase", submission.id())
                                .with(ADMIN)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("needs the confirmation")
                .isEqualTo(400);
        assertThat(this.requests.existsById(submission.id())).isTrue();

        String location = this.mockMvc
                .perform(post("/staff/bookings/{id}/erase", submission.id())
                        .with(ADMIN)
                        .with(csrf())
                        .param("confirm", "yes"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location).isEqualTo("/staff/bookings");
        assertThat(this.requests.existsById(submission.id())).isFalse();
        assertThat(this.notes.findByRequestIdOrderByCreatedAtAscIdAsc(submission.id()))
                .isEmpty();
        Document audit = Jsoup.parse(this.mockMvc
                .perform(get("/staff/audit").with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(audit.select("tbody tr").eachText())
                .anyMatch((row) -> row.contains("Erased a request") && row.contains(submission.reference()));
        assertThat(audit.text()).doesNotContain(name).doesNotContain("private message");
    }

    @Test
    void signedInStaffMemberWorksTheInboxThroughTheirSession() throws Exception {
        MockHttpSession session = signIn(newUser(StaffRole.STAFF), PASSWORD);

        MockHttpServletResponse response = this.mockMvc
                .perform(get("/staff/bookings").session(session))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("nav[aria-label=Staff] a")
                        .eachText())
                .contains("Inbox")
                .doesNotContain("Staff users");
    }

    private Document inbox(String query) throws Exception {
        return inbox(new MockHttpSession(), query);
    }

    /**
     * Posts the filter form as a browser would (the search goes into the session), follows the redirect and
     * returns the list. {@code query} holds the form's fields, e.g. {@code status=NEW&q=text}.
     */
    private Document inbox(MockHttpSession session, String query) throws Exception {
        MockHttpServletRequestBuilder form =
                post("/staff/bookings").with(STAFF).with(csrf()).session(session);
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] field = pair.split("=", 2);
                form.param(field[0], URLDecoder.decode(field.length > 1 ? field[1] : "", StandardCharsets.UTF_8));
            }
        }
        String location = this.mockMvc.perform(form).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/bookings").doesNotContain("q=");
        MockHttpServletResponse response = this.mockMvc
                .perform(get(location).with(STAFF).session(session))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static List<String> refs(Document page) {
        return page.select("tbody tr td:first-child a").eachText();
    }

    private BookingService.Submission submit(String name, boolean urgent, String message) {
        BookingForm form = form(name, urgent ? "yes" : "no");
        form.setMessage(message);
        return this.bookings.submit(form.toRequest());
    }

    public static BookingForm form(String name, String numbness) {
        BookingForm form = new BookingForm();
        form.setName(name);
        form.setEmail("patient@example.com");
        form.setConsent("yes");
        form.setAnswer(RedFlag.NUMBNESS, numbness);
        return form;
    }

    public static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }
}
