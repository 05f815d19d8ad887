package com.empowerfitness.guide.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member changes their own password; forced after a one-time password. */
@Controller
@StaffPage
class PasswordController {

    static final String VIEW = "staff/password";

    private final StaffUserService users;

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(StaffUserService users) {
        this.users = users;
    }

    /** The form's three fields; passwords are never shown back. */
    record PasswordChange(String currentPassword, String newPassword, String confirmPassword) {

        static final String NAME = "passwordChange";
    }

    /** The one message of {@link StaffUserService#changeOwnPassword} that is about the current password. */
    static final String WRONG_CURRENT = "Your current password is not correct";

    @GetMapping(StaffAccountFilter.PASSWORD_PATH)
    String form(Authentication authentication, Model model) {
        model.addAttribute("mustChange", mustChange(authentication));
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    @PostMapping(StaffAccountFilter.PASSWORD_PATH)
    String change(
            @ModelAttribute(PasswordChange.NAME) PasswordChange form,
            BindingResult result,
            Authentication authentication,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
            StaffUsersController.reject(result, "confirmPassword", null, "The two new passwords do not match");
        } else {
            this.users
                    .changeOwnPassword(authentication.getName(), form.currentPassword(), form.newPassword())
                    .ifPresent((problem) -> StaffUsersController.reject(
                            result, problem.equals(WRONG_CURRENT) ? "currentPassword" : "newPassword", null, problem));
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "errors", StaffUsersController.errors(result, "currentPassword", "newPassword", "confirmPassword"));
            model.addAttribute("mustChange", mustChange(authentication));
            return VIEW;
        }
        keepSignedIn(authentication.getName(), request, response);
        redirect.addFlashAttribute("notice", "Your password has been changed.");
        return "redirect:/staff";
    }

    private boolean mustChange(Authentication authentication) {
        return this.users
                .find(authentication.getName())
                .map(StaffUser::isMustChangePassword)
                .orElse(false);
    }

    /** The password change renewed the account's security stamp: give this session the new one. */
    private void keepSignedIn(String username, HttpServletRequest request, HttpServletResponse response) {
        StaffUser user = this.users.find(username).orElseThrow();
        StaffPrincipal principal = new StaffPrincipal(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        this.contexts.saveContext(context, request, response);
    }
}
