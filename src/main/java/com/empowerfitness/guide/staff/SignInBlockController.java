package com.empowerfitness.guide.staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator lifts a staff user's sign-in block from the users page (a button shown while the account
 * has recent failed sign-ins); audited.
 */
@Controller
@StaffPage
class SignInBlockController {

    private final StaffUserService users;

    SignInBlockController(StaffUserService users) {
        this.users = users;
    }

    @PostMapping("/staff/users/{id}/lift-sign-in-block")
    String lift(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            String username = this.users.liftSignInBlock(authentication.getName(), id);
            redirect.addFlashAttribute(
                    "notice", "Failed sign-ins of " + username + " are cleared: they can sign in again at once.");
        } catch (StaffUserService.NoSuchStaffUserException ex) {
            redirect.addFlashAttribute("notice", "That user no longer exists.");
        }
        return "redirect:/staff/users";
    }
}
