package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.support.SharedContextTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class StaffUsersAdminTest extends SharedContextTest {

    @Autowired
    StaffUserRepository repository;

    @Test
    void adminAddsAUserWhoseOneTimePasswordIsShownOnceAndMustBeChanged() throws Exception {
        MockHttpSession admin = signIn(newUser(StaffRole.ADMIN), PASSWORD);
        String username = "new.staff" + System.nanoTime() % 100000;

        MvcResult added = this.mockMvc
                .perform(post("/staff/users")
                        .session(admin)
                        .with(csrf())
                        .param("username", username)
                        .param("roles", "STAFF"))
                .andReturn();

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/staff/users");
        String password = (String) added.getFlashMap().get("oneTimePassword");
        assertThat(password).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
        String shown = this.mockMvc
                .perform(get("/staff/users").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown).contains(password).contains("shown only this once");
        String again = this.mockMvc
                .perform(get("/staff/users").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).doesNotContain(password).contains(username);
        StaffUser stored = this.repository.findByUsername(username).orElseThrow();
        assertThat(stored.isMustChangePassword()).isTrue();
        assertThat(stored.getRoles()).containsExactly(StaffRole.STAFF);
        MockHttpSession newcomer = signIn(username, password);
        assertThat(this.mockMvc
                        .perform(get("/staff/bookings").session(newcomer))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/staff/password");
    }

    @Test
    void invalidNewUserIsExplained() throws Exception {
        MockHttpSession admin = signIn(newUser(StaffRole.ADMIN), PASSWORD);

        var response = this.mockMvc
                .perform(post("/staff/users")
                        .session(admin)
                        .with(csrf())
                        .param("username", "<b>x")
                        .param("roles", "STAFF"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".error-summary a")
                        .text())
                .contains("Enter a username");
        var noRole = this.mockMvc
                .perform(post("/staff/users").session(admin).with(csrf()).param("username", "valid.name"))
                .andReturn()
                .getResponse();
        assertThat(noRole.getContentAsString()).contains("Choose at least one role");
    }

    @Test
    void disablingAUserEndsTheirSessionAndRefusesSignIn() throws Exception {
        MockHttpSession admin = signIn(newUser(StaffRole.ADMIN), PASSWORD);
        String username = newUser(StaffRole.STAFF);
        MockHttpSession victim = signIn(username, PASSWORD);
        long id = this.repository.findByUsername(username).orElseThrow().getId();

        this.mockMvc.perform(
                post("/staff/users/{id}/disable", id).session(admin).with(csrf()));

        assertThat(this.mockMvc
                        .perform(get("/staff/password").session(victim))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(this.mockMvc
                        .perform(post("/login")
                                .with(csrf())
                                .with(freshClient())
                                .param("username", username)
                                .param("password", PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");

        this.mockMvc.perform(post("/staff/users/{id}/enable", id).session(admin).with(csrf()));
        signIn(username, PASSWORD);
    }

    @Test
    void resetGivesAOneTimePasswordAndEndsOldSessions() throws Exception {
        MockHttpSession admin = signIn(newUser(StaffRole.ADMIN), PASSWORD);
        String username = newUser(StaffRole.STAFF);
        MockHttpSession old = signIn(username, PASSWORD);
        long id = this.repository.findByUsername(username).orElseThrow().getId();

        MvcResult reset = this.mockMvc
                .perform(post("/staff/users/{id}/reset-password", id)
                        .session(admin)
                        .with(csrf()))
                .andReturn();

        String password = (String) reset.getFlashMap().get("oneTimePassword");
        assertThat(password).isNotBlank();
        assertThat(this.mockMvc
                        .perform(get("/staff/password").session(old))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?expired");
        MockHttpSession fresh = signIn(username, password);
        assertThat(this.mockMvc
                        .perform(get("/staff/bookings").session(fresh))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/staff/password");
    }

    @Test
    void adminCannotDisableThemselves() throws Exception {
        String username = newUser(StaffRole.ADMIN);
        MockHttpSession admin = signIn(username, PASSWORD);
        long id = this.repository.findByUsername(username).orElseThrow().getId();

        MvcResult result = this.mockMvc
                .perform(post("/staff/users/{id}/disable", id).session(admin).with(csrf()))
                .andReturn();

        assertThat(result.getFlashMap().get("notice")).asString().contains("cannot change your own account");
        assertThat(this.repository.findByUsername(username).orElseThrow().isEnabled())
                .isTrue();
    }

    @Test
    void userChangesAreAudited() throws Exception {
        String adminName = newUser(StaffRole.ADMIN);
        MockHttpSession admin = signIn(adminName, PASSWORD);
        String username = newUser(StaffRole.STAFF);
        long id = this.repository.findByUsername(username).orElseThrow().getId();

        this.mockMvc.perform(
                post("/staff/users/{id}/disable", id).session(admin).with(csrf()));

        String audit = this.mockMvc
                .perform(get("/staff/audit").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(audit).select("tbody tr").eachText())
                .anyMatch((row) ->
                        row.contains(adminName) && row.contains("Disabled a staff user") && row.contains(username));
    }
}
