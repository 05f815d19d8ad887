package com.empowerfitness.guide.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed and refused sign-ins and sign-outs in the audit log, so an administrator can see who used
 * the staff pages and spot someone guessing passwords. A failed attempt names the account only when it exists:
 * what was typed into the username field may be anything, even a password typed into the wrong box, and is
 * never stored.
 */
@Component
class SignInAudit {

    /** The actor of a failed sign-in whose username matches no account. */
    static final String UNKNOWN_USER = "(unknown username)";

    private final AuditLog audit;

    private final StaffUserRepository users;

    SignInAudit(AuditLog audit, StaffUserRepository users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        this.audit.record(event.getAuthentication().getName(), AuditAction.SIGNED_IN, null);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        this.audit.record(event.getAuthentication().getName(), AuditAction.SIGNED_OUT, null);
    }

    /** Called by {@link LoginFailureHandler} with what was typed as the username. */
    void failed(String typedUsername, boolean throttled) {
        String username = StaffUserDetailsService.normalise(typedUsername);
        String actor =
                (!username.isEmpty() && this.users.findByUsername(username).isPresent()) ? username : UNKNOWN_USER;
        this.audit.record(actor, throttled ? AuditAction.SIGN_IN_REFUSED : AuditAction.SIGN_IN_FAILED, null);
    }
}
