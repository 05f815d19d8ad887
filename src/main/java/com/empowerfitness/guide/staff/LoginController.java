package com.empowerfitness.guide.staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the staff home. */
@Controller
@StaffPage
class LoginController {

    static final String LOGIN_VIEW = "staff/login";

    static final String HOME_VIEW = "staff/home";

    @GetMapping("/login")
    String login() {
        return LOGIN_VIEW;
    }

    /** Staff go straight to the inbox; others (editors) get a short list of what they can do. */
    @GetMapping("/staff")
    String home(Authentication authentication) {
        boolean inbox = authentication.getAuthorities().stream()
                .anyMatch((authority) -> authority.getAuthority().equals(StaffRole.STAFF.authority())
                        || authority.getAuthority().equals(StaffRole.ADMIN.authority()));
        return inbox ? "redirect:/staff/bookings" : HOME_VIEW;
    }
}
