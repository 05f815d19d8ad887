package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.support.EditorSiteTest;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Draft previews on public addresses follow the account's state at every request, not the session's: a user
 * disabled (or whose password was reset) loses them at once, and one who has not replaced a one-time password
 * sees public pages as a patient does.
 */
class StaffPreviewAccessTest extends EditorSiteTest {

    private static final String DRAFT = "/articles/secret-draft";

    @Autowired
    StaffUserService users;

    @Autowired
    StaffUserRepository repository;

    @Test
    void aDisabledUsersOpenSessionLosesDraftPreviewsAtOnce() throws Exception {
        MockHttpSession editor = signedIn(StaffRole.EDITOR);
        assertThat(asStaff(editor, DRAFT).getStatus()).isEqualTo(200);
        String username = usernameOf(editor);

        this.users.setEnabled(
                "test", this.repository.findByUsername(username).orElseThrow().getId(), false);

        assertThat(asStaff(editor, DRAFT).getStatus()).isEqualTo(404);
        assertThat(asStaff(editor, "/staff/content").getRedirectedUrl())
                .as("signed out by the previous request")
                .endsWith("/login");
    }

    @Test
    void aPasswordResetEndsPreviewsOfTheOldSession() throws Exception {
        MockHttpSession editor = signedIn(StaffRole.EDITOR);
        String username = usernameOf(editor);

        this.users.resetPassword(
                "test", this.repository.findByUsername(username).orElseThrow().getId());

        assertThat(asStaff(editor, DRAFT).getStatus()).isEqualTo(404);
    }

    @Test
    void aUserWithAOneTimePasswordCanOnlyChangeItAndPreviewsNothing() throws Exception {
        String username = "preview-otp-" + System.nanoTime() % 100000;
        String oneTime = this.users.createWithOneTimePassword("test", username, EnumSet.of(StaffRole.EDITOR));
        MvcResult signIn = this.mockMvc
                .perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.98.0.1");
                            return request;
                        })
                        .param("username", username)
                        .param("password", oneTime))
                .andReturn();
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);

        assertThat(asStaff(session, DRAFT).getStatus()).isEqualTo(404);
        assertThat(asStaff(session, "/articles/causes").getStatus())
                .as("public pages as a patient sees them")
                .isEqualTo(200);
        assertThat(asStaff(session, "/staff/content").getRedirectedUrl()).isEqualTo("/staff/password");

        this.mockMvc.perform(post("/staff/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", oneTime)
                .param("newPassword", "a long new passphrase")
                .param("confirmPassword", "a long new passphrase"));

        assertThat(asStaff(session, DRAFT).getStatus()).isEqualTo(200);
    }

    private String usernameOf(MockHttpSession session) {
        org.springframework.security.core.context.SecurityContext context =
                (org.springframework.security.core.context.SecurityContext)
                        session.getAttribute("SPRING_SECURITY_CONTEXT");
        return context.getAuthentication().getName();
    }
}
