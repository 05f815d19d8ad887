package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.form.BookingForm;
import com.empowerfitness.guide.support.SharedContextTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may open which staff route: anonymous, STAFF, EDITOR and ADMIN on every one of them. */
class AccessMatrixTest extends SharedContextTest {

    static final RequestPostProcessor STAFF = user("matrix-staff").roles("STAFF");

    static final RequestPostProcessor EDITOR = user("matrix-editor").roles("EDITOR");

    static final RequestPostProcessor ADMIN = user("matrix-admin").roles("ADMIN");

    @Autowired
    BookingService bookings;

    long requestId;

    long userId;

    @BeforeEach
    void someData() {
        BookingForm form = new BookingForm();
        form.setName("Matrix patient");
        form.setPhone("555 222 3333");
        form.setConsent("yes");
        this.requestId = this.bookings.submit(form.toRequest()).id();
        String username = newUser(StaffRole.STAFF);
        this.userId = this.staffUsers.find(username).orElseThrow().getId();
    }

    List<String> staffPages() {
        return List.of(
                "/staff/bookings",
                "/staff/bookings/" + this.requestId,
                "/staff/bookings.csv",
                "/staff/bookings?status=NEW&q=x&page=0");
    }

    List<String> adminPages() {
        return List.of("/staff/users", "/staff/audit");
    }

    List<MockHttpServletRequestBuilder> staffPosts() {
        return List.of(
                post("/staff/bookings/{id}/status", this.requestId).param("status", "CONTACTED"),
                post("/staff/bookings/{id}/notes", this.requestId).param("body", "Called"));
    }

    List<MockHttpServletRequestBuilder> adminPosts() {
        return List.of(
                post("/staff/users")
                        .param("username", "matrix" + System.nanoTime() % 100000)
                        .param("roles", "STAFF"),
                post("/staff/users/{id}/disable", this.userId),
                post("/staff/users/{id}/enable", this.userId),
                post("/staff/users/{id}/reset-password", this.userId));
    }

    @Test
    void anonymousVisitorsAreSentToSignInEverywhere() throws Exception {
        for (String url : concat(List.of("/staff", "/staff/password"), staffPages(), adminPages())) {
            MockHttpServletResponse response =
                    this.mockMvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(url).endsWith("/login");
        }
        for (MockHttpServletRequestBuilder request : concat(
                staffPosts(),
                adminPosts(),
                List.of(post("/staff/bookings/{id}/erase", this.requestId).param("confirm", "yes")))) {
            MockHttpServletResponse response =
                    this.mockMvc.perform(request.with(csrf())).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
        assertThat(this.bookings).isNotNull();
    }

    @Test
    void staffWorkTheInboxButNotTheAdminPages() throws Exception {
        for (String url : staffPages()) {
            assertThat(status(get(url).with(STAFF))).as(url).isEqualTo(200);
        }
        assertThat(this.mockMvc
                        .perform(get("/staff").with(STAFF))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/staff/bookings");
        for (String url : adminPages()) {
            assertThat(status(get(url).with(STAFF))).as(url).isEqualTo(403);
        }
        for (MockHttpServletRequestBuilder request : staffPosts()) {
            assertThat(status(request.with(STAFF).with(csrf()))).isEqualTo(302);
        }
        for (MockHttpServletRequestBuilder request : adminPosts()) {
            assertThat(status(request.with(STAFF).with(csrf()))).isEqualTo(403);
        }
        assertThat(status(post("/staff/bookings/{id}/erase", this.requestId)
                        .param("confirm", "yes")
                        .with(STAFF)
                        .with(csrf())))
                .isEqualTo(403);
    }

    @Test
    void editorsSeeNoPatientData() throws Exception {
        for (String url : concat(staffPages(), adminPages())) {
            assertThat(status(get(url).with(EDITOR))).as(url).isEqualTo(403);
        }
        assertThat(status(get("/staff").with(EDITOR))).isEqualTo(200);
    }

    @Test
    void adminsReachEveryStaffRoute() throws Exception {
        for (String url : concat(staffPages(), adminPages())) {
            assertThat(status(get(url).with(ADMIN))).as(url).isEqualTo(200);
        }
        for (MockHttpServletRequestBuilder request : concat(staffPosts(), adminPosts())) {
            assertThat(status(request.with(ADMIN).with(csrf()))).isEqualTo(302);
        }
        assertThat(status(post("/staff/bookings/{id}/erase", this.requestId)
                        .param("confirm", "yes")
                        .with(ADMIN)
                        .with(csrf())))
                .isEqualTo(302);
    }

    @Test
    void staffPostsWithoutCsrfTokenAreForbidden() throws Exception {
        for (MockHttpServletRequestBuilder request : concat(staffPosts(), adminPosts())) {
            assertThat(status(request.with(ADMIN))).isEqualTo(403);
        }
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return this.mockMvc.perform(request).andReturn().getResponse().getStatus();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
