package com.empowerfitness.guide.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    @GetMapping(StaffAccountFilter.PASSWORD_PATH)
    String form(Authentication authentication, Model model) {
        model.addAttribute(
                "mustChange",
                this.users
                        .find(authentication.getName())
                        .map(StaffUser::isMustChangePassword)
                        .orElse(false));
        return VIEW;
    }

    @PostMapping(StaffAccountFilter.PASSWORD_PATH)
    String change(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword,
            Authentication authentication,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<String> problem = (newPassword != null && newPassword.equals(confirmPassword))
                ? this.users.changeOwnPassword(authentication.getName(), currentPassword, newPassword)
                : Optional.of("The two new passwords do not match");
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem.get());
            model.addAttribute(
                    "mustChange",
                    this.users
                            .find(authentication.getName())
                            .map(StaffUser::isMustChangePassword)
                            .orElse(false));
            return VIEW;
        }
        keepSignedIn(authentication.getName(), request, response);
        redirect.addFlashAttribute("notice", "Your password has been changed.");
        return "redirect:/staff";
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
