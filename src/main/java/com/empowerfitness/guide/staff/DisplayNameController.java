package com.empowerfitness.guide.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member sets the name their work is credited with (a clinician's sign-off shows it to patients). */
@Controller
@StaffPage
class DisplayNameController {

    static final String VIEW = "staff/name";

    static final int MAX_LENGTH = 100;

    private final StaffUserService users;

    DisplayNameController(StaffUserService users) {
        this.users = users;
    }

    @GetMapping("/staff/name")
    String form(Authentication authentication, Model model) {
        StaffUser user = this.users.find(authentication.getName()).orElseThrow();
        model.addAttribute("displayName", user.getDisplayName() == null ? "" : user.getDisplayName());
        return VIEW;
    }

    @PostMapping("/staff/name")
    String save(
            @RequestParam(defaultValue = "") String displayName,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String name = displayName.strip();
        if (name.length() > MAX_LENGTH) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("displayName", displayName);
            model.addAttribute("problem", "Keep your display name to " + MAX_LENGTH + " characters");
            return VIEW;
        }
        StaffUser user = this.users.find(authentication.getName()).orElseThrow();
        this.users.setDisplayName(authentication.getName(), user.getId(), name);
        redirect.addFlashAttribute(
                "notice", name.isEmpty() ? "Your display name is cleared." : "Your display name is saved.");
        return "redirect:/staff/name";
    }
}
