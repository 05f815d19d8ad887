package com.empowerfitness.guide.scheduling.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.AppointmentTypeRepository;
import com.empowerfitness.guide.scheduling.SchedulingSiteTest;
import com.empowerfitness.guide.scheduling.Therapist;
import com.empowerfitness.guide.scheduling.TherapistRepository;
import com.empowerfitness.guide.scheduling.WorkingHours;
import com.empowerfitness.guide.scheduling.WorkingHoursRepository;
import com.empowerfitness.guide.staff.StaffRole;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The clinic set-up pages: only administrators, every change audited, invalid forms answered with their field
 * errors, and each change visible in the patients' free times on the next request.
 */
class ClinicSetupTest extends SchedulingSiteTest {

    @Autowired
    AppointmentTypeRepository types;

    @Autowired
    TherapistRepository therapists;

    @Autowired
    WorkingHoursRepository hours;

    MockHttpSession admin;

    String adminName;

    final List<String> createdSlugs = new ArrayList<>();

    final List<String> createdTherapists = new ArrayList<>();

    @BeforeEach
    void signInAsAdmin() throws Exception {
        this.adminName = newUser(StaffRole.ADMIN);
        this.admin = signIn(this.adminName, PASSWORD);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        this.createdSlugs.forEach((slug) -> this.jdbc.update("DELETE FROM appointment_type WHERE slug = ?", slug));
        this.createdTherapists.forEach(
                (name) -> this.jdbc.update("DELETE FROM therapist WHERE display_name = ?", name));
        this.jdbc.update("DELETE FROM schedule_exception");
        // The set-up tests write many audit lines at this context's clock (March 2027), later than the other
        // contexts' tests sharing the database write theirs; left behind, they would push those tests' own lines
        // off the first page of /staff/audit. What a test's changes are audited as is asserted before this.
        this.jdbc.update("DELETE FROM audit_event WHERE actor = ?", this.adminName);
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return this.mockMvc
                .perform(request.with(csrf()).session(this.admin))
                .andReturn()
                .getResponse();
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(this.mockMvc
                .perform(get(path).session(this.admin))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    Document publicPage(String path) throws Exception {
        return Jsoup.parse(
                this.mockMvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    int audited(String action, String targetLike) {
        return count(
                "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND target LIKE ?",
                this.adminName,
                action,
                targetLike);
    }

    long ezraMiller() {
        return this.therapists.findAllByOrderByDisplayNameAsc().stream()
                .filter((t) -> t.getDisplayName().equals("Dr. Ezra Miller"))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    static MockHttpServletRequestBuilder typeForm(String path, String slug, String duration) {
        return post(path)
                .param("name", "Follow-up " + slug)
                .param("slug", slug)
                .param("description", "A follow-up session.")
                .param("duration", duration)
                .param("buffer", "5")
                .param("place", "clinic")
                .param("location", "At the clinic")
                .param("active", "yes");
    }

    @Test
    void onlyAdministratorsReachTheSetUpPages() throws Exception {
        MockHttpSession staff = signIn(newUser(StaffRole.STAFF), PASSWORD);
        assertThat(this.mockMvc
                        .perform(get("/staff/schedule/setup").session(staff))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        String slug = "refused-" + System.nanoTime();
        assertThat(this.mockMvc
                        .perform(typeForm("/staff/schedule/setup/types", slug, "30")
                                .with(csrf())
                                .session(staff))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(this.types.findBySlug(slug)).isEmpty();
        assertThat(this.mockMvc
                        .perform(get("/staff/schedule/setup"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");

        Document setup = page("/staff/schedule/setup");
        assertThat(setup.select("h1").text()).isEqualTo("Clinic set-up");
        assertThat(setup.select("#types ~ div table").text())
                .contains("Initial assessment", "/book/initial-assessment");
        assertThat(setup.select("form[method=post] input[name=_csrf]")).isNotEmpty();
        assertThat(page("/staff/schedule").select("a[href=/staff/schedule/setup]"))
                .as("the calendar links administrators to the set-up")
                .hasSize(1);
    }

    @Test
    void anInvalidTypeIsRefusedWithErrorsTiedToItsFieldsAndNothingStored() throws Exception {
        MockHttpServletResponse refused = send(post("/staff/schedule/setup/types")
                .param("name", "")
                .param("slug", "Bad Slug!")
                .param("duration", "17")
                .param("buffer", "abc")
                .param("place", "clinic")
                .param("location", ""));

        assertThat(refused.getStatus()).isEqualTo(400);
        Document form = Jsoup.parse(refused.getContentAsString());
        assertThat(form.title()).startsWith("Error:");
        assertThat(form.select(".error-summary a").eachAttr("href"))
                .containsExactly("#name", "#slug", "#duration", "#buffer", "#location");
        for (String field : List.of("name", "slug", "duration", "buffer", "location")) {
            assertThat(form.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(form.select("#" + field).attr("aria-describedby")).contains(field + "-error");
        }
        assertThat(form.select("#duration-error").text()).contains("multiple of 5");
        assertThat(form.select("input#slug").val()).as("what was typed is kept").isEqualTo("Bad Slug!");
        assertThat(this.types.findAll()).noneMatch((t) -> t.getSlug().contains("Bad"));

        MockHttpServletResponse reserved = send(typeForm("/staff/schedule/setup/types", "manage", "30"));
        assertThat(reserved.getStatus()).isEqualTo(400);
        MockHttpServletResponse taken = send(typeForm("/staff/schedule/setup/types", "initial-assessment", "30"));
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(taken.getContentAsString()).select("#slug-error").text())
                .contains("Another appointment type has that address");
    }

    @Test
    void aNewTypeIsBookableAtOnceAndChangesAndDeactivationShowAtOnceAudited() throws Exception {
        String slug = "follow-up-" + System.nanoTime();
        this.createdSlugs.add(slug);

        MockHttpServletResponse created = send(typeForm("/staff/schedule/setup/types", slug, "30"));

        assertThat(created.getRedirectedUrl()).isEqualTo("/staff/schedule/setup");
        AppointmentType type = this.types.findBySlug(slug).orElseThrow();
        assertThat(type.getDurationMinutes()).isEqualTo(30);
        assertThat(type.getBufferAfterMinutes()).isEqualTo(5);
        assertThat(type.isPhoneCall()).isFalse();
        assertThat(audited("APPOINTMENT_TYPE_CREATED", "type " + slug)).isEqualTo(1);
        assertThat(publicPage("/book").select("a[href=/book/" + slug + "]")).hasSize(1);
        Document times = publicPage("/book/" + slug + "?week=2027-03-15");
        assertThat(times.select("input[name=slot]")).isNotEmpty();
        // 9:00-12:00 on 15-minute steps: the last 30-minute appointment starts at 11:30 (its buffer may run on).
        assertThat(times.select("input[name=slot][value$=2027-03-15T15:30:00Z]"))
                .hasSize(1);
        assertThat(times.select("input[name=slot][value$=2027-03-15T15:45:00Z]"))
                .isEmpty();

        Document edit = page("/staff/schedule/setup/types/" + type.getId());
        assertThat(edit.select("input#duration").val()).isEqualTo("30");
        MockHttpServletResponse changed = send(typeForm("/staff/schedule/setup/types/" + type.getId(), slug, "60"));
        assertThat(changed.getRedirectedUrl()).isEqualTo("/staff/schedule/setup");
        assertThat(this.types.findBySlug(slug).orElseThrow().getDurationMinutes())
                .isEqualTo(60);
        assertThat(audited("APPOINTMENT_TYPE_CHANGED", "type " + slug)).isEqualTo(1);
        Document longer = publicPage("/book/" + slug + "?week=2027-03-15");
        assertThat(longer.select("input[name=slot][value$=2027-03-15T15:30:00Z]"))
                .as("a 60-minute appointment no longer fits at 11:30")
                .isEmpty();
        assertThat(longer.select("input[name=slot][value$=2027-03-15T15:00:00Z]"))
                .hasSize(1);

        send(post("/staff/schedule/setup/types/" + type.getId() + "/deactivate"));
        assertThat(this.types.findBySlug(slug).orElseThrow().isOfferedOnline()).isFalse();
        assertThat(audited("APPOINTMENT_TYPE_DEACTIVATED", "type " + slug)).isEqualTo(1);
        assertThat(publicPage("/book").select("a[href=/book/" + slug + "]")).isEmpty();
        assertThat(this.mockMvc
                        .perform(get("/book/" + slug))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aNewTherapistWithWeeklyHoursIsOfferedAtOnceAndOverlappingHoursAreRefused() throws Exception {
        String name = "Dr. Set Up " + System.nanoTime();
        this.createdTherapists.add(name);

        MockHttpServletResponse blank =
                send(post("/staff/schedule/setup/therapists").param("displayName", " "));
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.getContentAsString())
                        .select("#displayName")
                        .attr("aria-invalid"))
                .isEqualTo("true");

        MockHttpServletResponse created = send(post("/staff/schedule/setup/therapists")
                .param("displayName", name)
                .param("staffUsername", "")
                .param("active", "yes"));
        Therapist therapist = this.therapists.findAllByOrderByDisplayNameAsc().stream()
                .filter((t) -> t.getDisplayName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.getRedirectedUrl()).isEqualTo("/staff/schedule/setup/therapists/" + therapist.getId());
        assertThat(audited("THERAPIST_CREATED", "therapist " + therapist.getId()))
                .isEqualTo(1);
        String saturday = therapist.getId() + "@2027-03-20T";
        assertThat(publicPage("/book/free-phone-consultation?week=2027-03-15")
                        .select("input[name=slot][value^=" + saturday + "]"))
                .as("no hours, no times")
                .isEmpty();

        send(post("/staff/schedule/setup/therapists/" + therapist.getId() + "/hours")
                .param("day", "SATURDAY")
                .param("start", "09:00")
                .param("end", "10:00"));
        WorkingHours range = this.hours
                .findByTherapistIdOrderByDayOfWeekAscStartTimeAsc(therapist.getId())
                .get(0);
        assertThat(audited("WORKING_HOURS_ADDED", "therapist " + therapist.getId() + " hours % SATURDAY 09:00-10:00"))
                .isEqualTo(1);
        Document saturdayTimes = publicPage("/book/free-phone-consultation?week=2027-03-15");
        // 20 minutes fit before 10:00 from 9:00, 9:15 and 9:30; 9:45 would end after it.
        assertThat(saturdayTimes
                        .select("input[name=slot][value^=" + saturday + "]")
                        .eachAttr("value"))
                .containsExactly(saturday + "13:00:00Z", saturday + "13:15:00Z", saturday + "13:30:00Z");
        assertThat(page("/staff/schedule/setup/therapists/" + therapist.getId())
                        .select("#hours ~ div table")
                        .text())
                .contains("Saturday", "09:00", "10:00");

        MockHttpServletResponse overlap = send(post("/staff/schedule/setup/therapists/" + therapist.getId() + "/hours")
                .param("day", "SATURDAY")
                .param("start", "09:30")
                .param("end", "11:00"));
        assertThat(overlap.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(overlap.getContentAsString())
                        .select("#start-error")
                        .text())
                .contains("overlap");
        MockHttpServletResponse backwards = send(post("/staff/schedule/setup/hours/" + range.getId())
                .param("day", "SATURDAY")
                .param("start", "11:00")
                .param("end", "10:00"));
        assertThat(backwards.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(backwards.getContentAsString())
                        .select("#end-error")
                        .text())
                .contains("end after the start");

        send(post("/staff/schedule/setup/hours/" + range.getId())
                .param("day", "SUNDAY")
                .param("start", "10:00")
                .param("end", "10:30"));
        assertThat(audited("WORKING_HOURS_CHANGED", "% SATURDAY 09:00-10:00 -> SUNDAY 10:00-10:30"))
                .isEqualTo(1);
        Document moved = publicPage("/book/free-phone-consultation?week=2027-03-15");
        assertThat(moved.select("input[name=slot][value^=" + saturday + "]")).isEmpty();
        assertThat(moved.select("input[name=slot][value^=" + therapist.getId() + "@2027-03-21T]")
                        .eachAttr("value"))
                .containsExactly(therapist.getId() + "@2027-03-21T14:00:00Z");

        send(post("/staff/schedule/setup/hours/" + range.getId() + "/remove"));
        assertThat(this.hours.findById(range.getId())).isEmpty();
        assertThat(audited("WORKING_HOURS_REMOVED", "therapist " + therapist.getId() + " hours " + range.getId() + "%"))
                .isEqualTo(1);

        send(post("/staff/schedule/setup/therapists/" + therapist.getId() + "/deactivate"));
        assertThat(this.therapists.findById(therapist.getId()).orElseThrow().isActive())
                .isFalse();
        assertThat(audited("THERAPIST_DEACTIVATED", "therapist " + therapist.getId()))
                .isEqualTo(1);
    }

    @Test
    void timeOffAndExtraHoursChangeThePatientsTimesAtOnceAndAClosureCoversEveryTherapist() throws Exception {
        long ezra = ezraMiller();
        String monday = ezra + "@2027-03-15T";
        assertThat(publicPage("/book/initial-assessment?week=2027-03-15")
                        .select("input[name=slot][value^=" + monday + "]"))
                .isNotEmpty();

        MockHttpServletResponse noTimes = send(post("/staff/schedule/setup/therapists/" + ezra + "/exceptions")
                .param("date", "2027-03-15")
                .param("kind", "EXTRA_HOURS"));
        assertThat(noTimes.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(noTimes.getContentAsString()).select("#start").attr("aria-invalid"))
                .isEqualTo("true");
        MockHttpServletResponse badDate = send(post("/staff/schedule/setup/therapists/" + ezra + "/exceptions")
                .param("date", "15/03/2027")
                .param("kind", "TIME_OFF"));
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM schedule_exception")).isZero();

        send(post("/staff/schedule/setup/therapists/" + ezra + "/exceptions")
                .param("date", "2027-03-15")
                .param("kind", "TIME_OFF")
                .param("note", "Conference"));
        assertThat(audited(
                        "SCHEDULE_EXCEPTION_ADDED", "therapist " + ezra + " exception % 2027-03-15 TIME_OFF whole day"))
                .isEqualTo(1);
        assertThat(publicPage("/book/initial-assessment?week=2027-03-15")
                        .select("input[name=slot][value^=" + monday + "]"))
                .as("a day off shows at once")
                .isEmpty();

        long id = this.jdbc.queryForObject("SELECT id FROM schedule_exception", Long.class);
        assertThat(page("/staff/schedule/setup/exceptions/" + id)
                        .select("input#note")
                        .val())
                .isEqualTo("Conference");
        send(post("/staff/schedule/setup/exceptions/" + id)
                .param("date", "2027-03-15")
                .param("kind", "EXTRA_HOURS")
                .param("start", "18:00")
                .param("end", "19:00"));
        assertThat(audited("SCHEDULE_EXCEPTION_CHANGED", "% TIME_OFF whole day -> 2027-03-15 EXTRA_HOURS 18:00-19:00"))
                .isEqualTo(1);
        Document extra = publicPage("/book/initial-assessment?week=2027-03-15");
        assertThat(extra.select("input[name=slot][value=" + monday + "13:00:00Z]"))
                .as("the weekly hours are back")
                .hasSize(1);
        assertThat(extra.select("input[name=slot][value=" + monday + "22:00:00Z]"))
                .as("18:00 New York time is offered on the extra hours")
                .hasSize(1);

        send(post("/staff/schedule/setup/exceptions/" + id + "/remove"));
        assertThat(count("SELECT COUNT(*) FROM schedule_exception")).isZero();
        assertThat(audited("SCHEDULE_EXCEPTION_REMOVED", "therapist " + ezra + " exception " + id + "%"))
                .isEqualTo(1);

        MockHttpServletResponse closed = send(post("/staff/schedule/setup/closures")
                .param("date", "2027-03-16")
                .param("note", "Holiday"));
        assertThat(closed.getRedirectedUrl()).isEqualTo("/staff/schedule/setup");
        int active = count("SELECT COUNT(*) FROM therapist WHERE active = TRUE");
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM schedule_exception WHERE on_date = DATE '2027-03-16' AND kind = 'TIME_OFF'"))
                .isEqualTo(active);
        assertThat(publicPage("/book/initial-assessment?week=2027-03-15")
                        .select("input[name=slot][value*=@2027-03-16T]"))
                .isEmpty();
    }
}
