package com.empowerfitness.guide.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add, disable and reset staff users. One-time passwords are shown once, never stored. */
@Controller
@StaffPage
class StaffUsersController {

    static final String VIEW = "staff/users";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final StaffUserService users;

    StaffUsersController(StaffUserService users) {
        this.users = users;
    }

    @GetMapping("/staff/users")
    String list(Model model) {
        model.addAttribute("users", this.users.all());
        model.addAttribute("roles", StaffRole.values());
        if (!model.containsAttribute(NewStaffUser.NAME)) {
            model.addAttribute(NewStaffUser.NAME, new NewStaffUser(null, List.of()));
        }
        return VIEW;
    }

    /** The "Add a staff user" form; field names {@code username} and {@code roles}. */
    record NewStaffUser(String username, List<String> roles) {

        static final String NAME = "newStaffUser";

        String normalisedUsername() {
            return (this.username == null) ? "" : this.username.trim().toLowerCase(Locale.ROOT);
        }

        /** The chosen roles, or empty with a field error for an unknown one. */
        Set<StaffRole> check(BindingResult result) {
            Set<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
            if (!USERNAME.matcher(normalisedUsername()).matches()) {
                reject(result, "username", this.username, USERNAME_RULE);
            }
            try {
                if (this.roles != null) {
                    this.roles.forEach((role) -> chosen.add(StaffRole.valueOf(role)));
                }
                if (chosen.isEmpty()) {
                    reject(result, "roles", null, "Choose at least one role");
                }
            } catch (IllegalArgumentException ex) {
                reject(result, "roles", null, "Choose roles from the list");
            }
            return chosen;
        }
    }

    static final String USERNAME_RULE =
            "Enter a username of 3 to 50 characters: lowercase letters, digits, dots, dashes or underscores";

    @PostMapping("/staff/users")
    String add(
            @ModelAttribute(NewStaffUser.NAME) NewStaffUser form,
            BindingResult result,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Set<StaffRole> roles = form.check(result);
        if (!result.hasErrors()) {
            try {
                String name = form.normalisedUsername();
                String password = this.users.createWithOneTimePassword(authentication.getName(), name, roles);
                redirect.addFlashAttribute("oneTimePassword", password);
                redirect.addFlashAttribute("oneTimeFor", name);
                return "redirect:/staff/users";
            } catch (StaffUserService.UsernameTakenException ex) {
                reject(result, "username", form.username(), "A staff user with that username already exists");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", errors(result, "username", "roles"));
        return list(model);
    }

    /** A field error without reading the (record's) property back. */
    static void reject(BindingResult result, String field, Object value, String message) {
        result.addError(new FieldError(result.getObjectName(), field, value, false, null, null, message));
    }

    /** The first message per field, in the form's order (as the booking form's error summary). */
    static Map<String, String> errors(BindingResult result, String... fieldOrder) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : fieldOrder) {
            FieldError error = result.getFieldError(field);
            if (error != null) {
                errors.put(field, error.getDefaultMessage());
            }
        }
        return errors;
    }

    @PostMapping("/staff/users/{id}/disable")
    String disable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        return changeOther(id, authentication, redirect, () -> {
            this.users.setEnabled(authentication.getName(), id, false);
            return "The user has been disabled and signed out.";
        });
    }

    @PostMapping("/staff/users/{id}/enable")
    String enable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        return changeOther(id, authentication, redirect, () -> {
            this.users.setEnabled(authentication.getName(), id, true);
            return "The user has been enabled.";
        });
    }

    @PostMapping("/staff/users/{id}/reset-password")
    String resetPassword(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        return changeOther(id, authentication, redirect, () -> {
            String password = this.users.resetPassword(authentication.getName(), id);
            redirect.addFlashAttribute("oneTimePassword", password);
            redirect.addFlashAttribute(
                    "oneTimeFor",
                    this.users.all().stream()
                            .filter((user) -> user.getId() == id)
                            .findFirst()
                            .map(StaffUser::getUsername)
                            .orElse(""));
            return null;
        });
    }

    /** Sets how a user is credited (a clinical sign-off names them); blank clears it (the username is used). */
    @PostMapping("/staff/users/{id}/display-name")
    String displayName(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String displayName,
            Authentication authentication,
            RedirectAttributes redirect) {
        String name = displayName.strip();
        if (name.length() > DisplayNameController.MAX_LENGTH) {
            redirect.addFlashAttribute(
                    "notice", "Keep the display name to " + DisplayNameController.MAX_LENGTH + " characters.");
            return "redirect:/staff/users";
        }
        try {
            this.users.setDisplayName(authentication.getName(), id, name);
            redirect.addFlashAttribute("notice", "The display name is saved.");
        } catch (StaffUserService.NoSuchStaffUserException ex) {
            redirect.addFlashAttribute("notice", "That user no longer exists.");
        }
        return "redirect:/staff/users";
    }

    /** Admins cannot disable or reset themselves here, so that nobody locks the clinic out by mistake. */
    private String changeOther(
            long id,
            Authentication authentication,
            RedirectAttributes redirect,
            java.util.function.Supplier<String> change) {
        boolean self = this.users
                .find(authentication.getName())
                .map((user) -> user.getId() == id)
                .orElse(false);
        if (self) {
            redirect.addFlashAttribute("notice", "You cannot change your own account here; use Change password.");
            return "redirect:/staff/users";
        }
        try {
            String notice = change.get();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (StaffUserService.NoSuchStaffUserException ex) {
            redirect.addFlashAttribute("notice", "That user no longer exists.");
        }
        return "redirect:/staff/users";
    }
}
