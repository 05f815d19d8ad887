package com.empowerfitness.guide.staff;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the staff layout shows: the signed-in user and the admin links. */
@ControllerAdvice(annotations = StaffPage.class)
class StaffModelAdvice {

    @ModelAttribute
    void staffModel(Model model, Authentication authentication) {
        boolean signedIn = authentication != null && authentication.isAuthenticated();
        model.addAttribute("staffUsername", signedIn ? authentication.getName() : null);
        model.addAttribute(
                "staffIsAdmin",
                signedIn
                        && authentication.getAuthorities().stream()
                                .anyMatch((authority) ->
                                        StaffRole.ADMIN.authority().equals(authority.getAuthority())));
        model.addAttribute(
                "staffCanSeeBookings",
                signedIn
                        && authentication.getAuthorities().stream()
                                .anyMatch((authority) ->
                                        StaffRole.ADMIN.authority().equals(authority.getAuthority())
                                                || StaffRole.STAFF.authority().equals(authority.getAuthority())));
        model.addAttribute(
                "staffCanEditContent",
                signedIn
                        && authentication.getAuthorities().stream()
                                .anyMatch((authority) -> StaffRole.ADMIN
                                                .authority()
                                                .equals(authority.getAuthority())
                                        || StaffRole.EDITOR.authority().equals(authority.getAuthority())
                                        || StaffRole.REVIEWER.authority().equals(authority.getAuthority())));
    }
}
