package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.support.SharedContextTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class StaffSignInTest extends SharedContextTest {

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    StaffUserRepository repository;

    @Autowired
    SignInThrottle throttle;

    @Test
    void signInPageIsTheSitesOwnForm() throws Exception {
        Document page = Jsoup.parse(
                this.mockMvc.perform(get("/login")).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).contains("Sign in");
        assertThat(page.select("form[action=/login] input[name=username]")).hasSize(1);
        assertThat(page.select("form[action=/login] input[name=password][type=password]"))
                .hasSize(1);
        assertThat(page.select("form[action=/login] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("label[for=username]")).hasSize(1);
    }

    @Autowired
    org.springframework.boot.web.server.autoconfigure.ServerProperties server;

    @Test
    void staffSessionsExpireAfterThirtyMinutes() {
        assertThat(this.server.getServlet().getSession().getTimeout()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(this.server.getServlet().getSession().getCookie().getHttpOnly())
                .isTrue();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String username = newUser(StaffRole.STAFF);

        String hash = this.repository.findByUsername(username).orElseThrow().getPasswordHash();

        assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    void signingInChangesTheSessionId() throws Exception {
        String username = newUser(StaffRole.STAFF);
        MockHttpSession planted = new MockHttpSession();
        String before = planted.getId();

        var result = this.mockMvc
                .perform(post("/login")
                        .session(planted)
                        .with(csrf())
                        .with(freshClient())
                        .param("username", username)
                        .param("password", PASSWORD))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        assertThat(result.getRequest().getSession(false).getId())
                .as("a session that existed before signing in gets a new id (session fixation)")
                .isNotEqualTo(before);
    }

    @Test
    void aStaffPageRequestedBeforeSigningInIsRememberedInACookieAndOpenedAfterwards() throws Exception {
        String username = newUser(StaffRole.STAFF);
        var refused = this.mockMvc.perform(get("/staff/bookings")).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(refused.getRequest().getSession(false))
                .as("no session for the anonymous visitor")
                .isNull();
        jakarta.servlet.http.Cookie returnTo = refused.getResponse().getCookie("REDIRECT_URI");
        assertThat(returnTo).isNotNull();

        String location = this.mockMvc
                .perform(post("/login")
                        .cookie(returnTo)
                        .with(csrf())
                        .with(freshClient())
                        .param("username", username)
                        .param("password", PASSWORD))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location).endsWith("/staff/bookings");
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
        String username = newUser(StaffRole.STAFF);

        String location = this.mockMvc
                .perform(post("/login")
                        .with(csrf())
                        .with(freshClient())
                        .param("username", username)
                        .param("password", "wrong password!"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location).isEqualTo("/login?error");
        assertThat(this.mockMvc
                        .perform(get(location).queryParam("error", ""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("username or password is not correct");
    }

    @Test
    void guessesFromElsewhereSlowDownUnknownPlacesButNeverTheOwnerWhereTheySignedInBefore() throws Exception {
        String username = newUser(StaffRole.STAFF);
        RequestPostProcessor office = freshClient();
        var first = this.mockMvc
                .perform(post("/login")
                        .with(csrf())
                        .with(office)
                        .param("username", username)
                        .param("password", PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(first.getRedirectedUrl()).isEqualTo("/staff");
        jakarta.servlet.http.Cookie device = first.getCookie(DeviceCookie.NAME);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getPath()).isEqualTo("/login");

        for (int i = 0; i < 3; i++) {
            assertThat(attempt(username, "wrong password " + i, freshClient())).isEqualTo("/login?error");
        }
        // Many more guesses from many addresses (recorded directly: the real clock does not move here, and a
        // guess made while waiting is refused without counting).
        for (int i = 0; i < 30; i++) {
            this.throttle.failed(new SignInThrottle.Attempt(username, "203.0.113." + i, null));
        }

        String elsewhere = attempt(username, PASSWORD, freshClient());
        assertThat(elsewhere).as("a place the account never signed in from").isEqualTo("/login?locked&minutes=15");
        assertThat(this.mockMvc
                        .perform(get("/login").queryParam("locked", "").queryParam("minutes", "15"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("too many failed sign-in attempts")
                .contains("15 minutes");
        assertThat(attempt(username, PASSWORD, office))
                .as("the owner's address")
                .isEqualTo("/staff");
        String withDevice = this.mockMvc
                .perform(post("/login")
                        .cookie(device)
                        .with(csrf())
                        .with(freshClient())
                        .param("username", username)
                        .param("password", PASSWORD))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(withDevice).as("the owner's browser, from a new address").isEqualTo("/staff");
        String other = newUser(StaffRole.STAFF);
        assertThat(attempt(other, PASSWORD, freshClient()))
                .as("other users are not affected")
                .isEqualTo("/staff");
    }

    @Test
    void anAddressGuessingManyUsernamesIsSlowedDownForEveryUsername() throws Exception {
        String guesser = "192.0.2.77";
        RequestPostProcessor address = (request) -> {
            request.setRemoteAddr(guesser);
            return request;
        };
        for (int i = 0; i < 11; i++) {
            assertThat(attempt("nobody" + i, "guess " + i, address)).isEqualTo("/login?error");
        }
        for (int i = 0; i < 5; i++) {
            this.throttle.failed(new SignInThrottle.Attempt("more" + i, guesser, null));
        }

        assertThat(attempt(newUser(StaffRole.STAFF), PASSWORD, address)).isEqualTo("/login?locked&minutes=1");
        assertThat(attempt(newUser(StaffRole.STAFF), PASSWORD, freshClient())).isEqualTo("/staff");
    }

    @Test
    void anAdministratorLiftsASignInBlockFromTheUsersPageAndItIsAudited() throws Exception {
        String username = newUser(StaffRole.STAFF);
        for (int i = 0; i < 15; i++) {
            this.throttle.failed(new SignInThrottle.Attempt(username, "203.0.113." + (50 + i), null));
        }
        assertThat(attempt(username, PASSWORD, freshClient())).startsWith("/login?locked");
        String adminName = newUser(StaffRole.ADMIN);
        MockHttpSession admin = signIn(adminName, PASSWORD);
        long id = this.repository.findByUsername(username).orElseThrow().getId();
        Document users = Jsoup.parse(this.mockMvc
                .perform(get("/staff/users").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(users.select("form[action=/staff/users/" + id + "/lift-sign-in-block] button")
                        .text())
                .contains("Lift sign-in block");
        assertThat(users.text()).contains("15 failed sign-ins in the last 24 hours");

        String lifted = this.mockMvc
                .perform(post("/staff/users/" + id + "/lift-sign-in-block")
                        .session(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(lifted).isEqualTo("/staff/users");
        assertThat(attempt(username, PASSWORD, freshClient())).isEqualTo("/staff");
        assertThat(this.auditEvents.findAll())
                .extracting(AuditEvent::getActor, AuditEvent::getAction, AuditEvent::getTarget)
                .contains(tuple(adminName, AuditAction.SIGN_IN_BLOCK_LIFTED, username));
        MockHttpSession staff = signIn(newUser(StaffRole.STAFF), PASSWORD);
        assertThat(this.mockMvc
                        .perform(post("/staff/users/" + id + "/lift-sign-in-block")
                                .session(staff)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("administrators only")
                .isEqualTo(403);
    }

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String username = "onetime" + System.nanoTime() % 100000;
        String oneTime =
                this.staffUsers.createWithOneTimePassword("test", username, java.util.EnumSet.of(StaffRole.STAFF));
        MockHttpSession session = signIn(username, oneTime);

        assertThat(this.mockMvc
                        .perform(get("/staff/bookings").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/staff/password");
        assertThat(this.mockMvc
                        .perform(get("/staff/password").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("one-time password");

        var tooShort = this.mockMvc
                .perform(post("/staff/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", oneTime)
                        .param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andReturn()
                .getResponse();
        assertThat(tooShort.getStatus()).isEqualTo(400);
        assertThat(tooShort.getContentAsString()).contains("at least 12 characters");

        String changed = this.mockMvc
                .perform(post("/staff/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", oneTime)
                        .param("newPassword", "my own long passphrase")
                        .param("confirmPassword", "my own long passphrase"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(changed).isEqualTo("/staff");
        assertThat(this.mockMvc
                        .perform(get("/staff").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("still signed in, no longer forced")
                .isEqualTo("/staff/bookings");
        assertThat(this.repository.findByUsername(username).orElseThrow().isMustChangePassword())
                .isFalse();
        assertThat(attempt(username, oneTime, freshClient()))
                .as("the one-time password is spent")
                .isEqualTo("/login?error");
        assertThat(attempt(username, "my own long passphrase", freshClient())).isEqualTo("/staff");
    }

    @Test
    void aPasswordLongerThanBcryptTakesGetsAClearMessageNotAServerError() throws Exception {
        String username = newUser(StaffRole.STAFF);
        MockHttpSession session = signIn(username, PASSWORD);
        String accented = "é".repeat(40); // 40 characters, 80 bytes

        var refused = this.mockMvc
                .perform(post("/staff/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", accented)
                        .param("confirmPassword", accented))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("at most 72 bytes; letters with accents count as two");
        assertThat(attempt(username, "x".repeat(200), freshClient()))
                .as("a long password at sign-in is just wrong")
                .isEqualTo("/login?error");
    }

    @Test
    void setUpAdministratorWasCreatedOnTheEmptyDatabaseAndMustChangeItsPassword() {
        StaffUser admin = this.repository.findByUsername("admin").orElseThrow();

        assertThat(admin.getRoles()).containsExactly(StaffRole.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(this.staffUsers.createSetupAdminIfNoUsers())
                .as("only ever once")
                .isEmpty();
    }

    @Test
    void provisioningCreatesThenUpdatesTheAdministrator() throws Exception {
        String username = "boss" + System.nanoTime() % 100000;
        this.staffUsers.provisionAdmin(username, "first long password");
        assertThat(attempt(username, "first long password", freshClient())).isEqualTo("/staff");

        this.staffUsers.provisionAdmin(username, "second long password");

        assertThat(attempt(username, "first long password", freshClient())).isEqualTo("/login?error");
        assertThat(attempt(username, "second long password", freshClient())).isEqualTo("/staff");
        StaffUser admin = this.repository.findByUsername(username).orElseThrow();
        assertThat(admin.getRoles()).contains(StaffRole.ADMIN);
        assertThat(admin.isMustChangePassword()).isFalse();
    }

    @Test
    void provisioningAnExistingStaffUserMakesThemAnEnabledAdministrator() throws Exception {
        String username = newUser(StaffRole.STAFF);
        long id = this.repository.findByUsername(username).orElseThrow().getId();
        this.staffUsers.setEnabled("test", id, false);

        this.staffUsers.provisionAdmin(username, "the operator's long password");

        StaffUser user = this.repository.findByUsername(username).orElseThrow();
        assertThat(user.getRoles()).containsExactlyInAnyOrder(StaffRole.ADMIN, StaffRole.STAFF);
        assertThat(user.isEnabled()).isTrue();
        MockHttpSession session = signIn(username, "the operator's long password");
        assertThat(this.mockMvc
                        .perform(get("/staff/users").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void signInsFailuresRefusalsAndSignOutsAreAuditedWithoutWhatWasTyped() throws Exception {
        String username = newUser(StaffRole.STAFF);
        String typedByMistake = "my-secret-password-" + System.nanoTime();
        long before = this.auditEvents.count();

        attempt(username, "wrong password", freshClient());
        attempt(typedByMistake, PASSWORD, freshClient());
        RequestPostProcessor guesser = freshClient();
        for (int i = 0; i < 13; i++) { // the address's 11th failure makes the next attempts wait
            attempt("Guess" + i, "guess", guesser);
        }
        MockHttpSession session = signIn(username, PASSWORD);
        this.mockMvc.perform(post("/logout").session(session).with(csrf()));

        List<AuditEvent> added = this.auditEvents.findAll().stream()
                .sorted(java.util.Comparator.comparing(AuditEvent::getId))
                .skip(before)
                .toList();
        assertThat(added)
                .extracting(AuditEvent::getActor, AuditEvent::getAction)
                .contains(
                        tuple(username, AuditAction.SIGN_IN_FAILED),
                        tuple(SignInAudit.UNKNOWN_USER, AuditAction.SIGN_IN_FAILED),
                        tuple(SignInAudit.UNKNOWN_USER, AuditAction.SIGN_IN_REFUSED),
                        tuple(username, AuditAction.SIGNED_IN),
                        tuple(username, AuditAction.SIGNED_OUT));
        assertThat(added)
                .as("what was typed into the username box is never stored")
                .allSatisfy(event -> assertThat(event.getActor() + " " + event.getTarget())
                        .doesNotContain(typedByMistake)
                        .doesNotContain("Guess"));
    }

    @Test
    void signOutNeedsThePostWithCsrfAndEndsTheSession() throws Exception {
        MockHttpSession session = signIn(newUser(StaffRole.STAFF), PASSWORD);

        assertThat(this.mockMvc
                        .perform(post("/logout").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(this.mockMvc
                        .perform(post("/logout").session(session).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?logout");
        assertThat(this.mockMvc
                        .perform(get("/staff/password").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }

    private String attempt(String username, String password, RequestPostProcessor client) throws Exception {
        return this.mockMvc
                .perform(post("/login")
                        .with(csrf())
                        .with(client)
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
