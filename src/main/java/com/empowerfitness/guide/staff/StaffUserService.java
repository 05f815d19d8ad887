package com.empowerfitness.guide.staff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: creation, disabling, password resets and changes. Every change is audited. */
@Service
public class StaffUserService {

    /** Username of the set-up administrator created when the database has no staff user. */
    static final String SETUP_USERNAME = "admin";

    private final StaffUserRepository users;

    private final PasswordEncoder passwordEncoder;

    private final OneTimePasswords oneTimePasswords;

    private final AuditLog audit;

    private final SignInThrottle throttle;

    private final Clock clock;

    StaffUserService(
            StaffUserRepository users,
            PasswordEncoder passwordEncoder,
            OneTimePasswords oneTimePasswords,
            AuditLog audit,
            SignInThrottle throttle,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.oneTimePasswords = oneTimePasswords;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffUser> all() {
        return this.users.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<StaffUser> find(String username) {
        return this.users.findByUsername(StaffUserDetailsService.normalise(username));
    }

    /** The name a staff member's work is credited with: their display name, else their username. */
    @Transactional(readOnly = true)
    public String creditName(String username) {
        return find(username).map(StaffUser::getCreditName).orElse(username);
    }

    /**
     * Sets (or, when blank, clears) the display name of the user {@code id}; {@code actor} is an administrator or
     * the user themselves (the controllers decide who may).
     */
    @Transactional
    public void setDisplayName(String actor, long id, String displayName) {
        StaffUser user = this.users.findById(id).orElseThrow(NoSuchStaffUserException::new);
        user.setDisplayName(displayName);
        this.audit.record(actor, AuditAction.USER_DISPLAY_NAME_CHANGED, user.getUsername());
    }

    /** Creates a user with a known password (tests and provisioning); no change needed at first login. */
    @Transactional
    public StaffUser createWithPassword(String actor, String username, Set<StaffRole> roles, String password) {
        StaffUser user = this.users.save(new StaffUser(
                StaffUserDetailsService.normalise(username),
                this.passwordEncoder.encode(password),
                roles,
                false,
                this.clock.instant()));
        this.audit.record(actor, AuditAction.USER_CREATED, user.getUsername());
        return user;
    }

    /** Creates a user with a one-time password, returned once for the admin to pass on. */
    @Transactional
    public String createWithOneTimePassword(String actor, String username, Set<StaffRole> roles) {
        if (find(username).isPresent()) {
            throw new UsernameTakenException();
        }
        String password = this.oneTimePasswords.next();
        StaffUser user = this.users.save(new StaffUser(
                StaffUserDetailsService.normalise(username),
                this.passwordEncoder.encode(password),
                roles,
                true,
                this.clock.instant()));
        this.audit.record(actor, AuditAction.USER_CREATED, user.getUsername());
        return password;
    }

    @Transactional
    public void setEnabled(String actor, long id, boolean enabled) {
        StaffUser user = this.users.findById(id).orElseThrow(NoSuchStaffUserException::new);
        user.setEnabled(enabled);
        this.audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, user.getUsername());
    }

    /** Gives the user a new one-time password and ends their sessions; returns it once. */
    @Transactional
    public String resetPassword(String actor, long id) {
        StaffUser user = this.users.findById(id).orElseThrow(NoSuchStaffUserException::new);
        String password = this.oneTimePasswords.next();
        user.changePassword(this.passwordEncoder.encode(password), true);
        this.audit.record(actor, AuditAction.PASSWORD_RESET, user.getUsername());
        return password;
    }

    /** Clears the user's failed sign-ins, so that no attempt waits any longer; returns the username. */
    @Transactional
    public String liftSignInBlock(String actor, long id) {
        StaffUser user = this.users.findById(id).orElseThrow(NoSuchStaffUserException::new);
        this.throttle.lift(user.getUsername());
        this.audit.record(actor, AuditAction.SIGN_IN_BLOCK_LIFTED, user.getUsername());
        return user.getUsername();
    }

    /** Changes the signed-in user's own password; empty when done, else the problem to show. */
    @Transactional
    public Optional<String> changeOwnPassword(String username, String currentPassword, String newPassword) {
        Optional<StaffUser> found = find(username);
        if (found.isEmpty()
                || currentPassword == null
                || !this.passwordEncoder.matches(currentPassword, found.get().getPasswordHash())) {
            return Optional.of("Your current password is not correct");
        }
        StaffUser user = found.get();
        Optional<String> problem = PasswordPolicy.problem(user.getUsername(), newPassword);
        if (problem.isPresent()) {
            return problem;
        }
        if (this.passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            return Optional.of("Choose a new password that is different from your current one");
        }
        user.changePassword(this.passwordEncoder.encode(newPassword), false);
        this.audit.record(user.getUsername(), AuditAction.PASSWORD_CHANGED, user.getUsername());
        return Optional.empty();
    }

    /** GUIDE_ADMIN_USERNAME / GUIDE_ADMIN_PASSWORD: create or update that administrator. */
    @Transactional
    public void provisionAdmin(String username, String password) {
        String name = StaffUserDetailsService.normalise(username);
        Optional<StaffUser> existing = this.users.findByUsername(name);
        if (existing.isPresent()) {
            StaffUser user = existing.get();
            if (!this.passwordEncoder.matches(password, user.getPasswordHash())) {
                user.changePassword(this.passwordEncoder.encode(password), false);
            }
            if (!user.hasRole(StaffRole.ADMIN)) {
                user.addRole(StaffRole.ADMIN);
            }
            if (!user.isEnabled()) {
                user.setEnabled(true);
            }
        } else {
            this.users.save(new StaffUser(
                    name,
                    this.passwordEncoder.encode(password),
                    EnumSet.of(StaffRole.ADMIN),
                    false,
                    this.clock.instant()));
        }
        this.audit.record(AuditLog.SYSTEM, AuditAction.ADMIN_PROVISIONED, name);
    }

    /** With no staff user at all: an "admin" with a one-time password, returned once to be logged. */
    @Transactional
    public Optional<String> createSetupAdminIfNoUsers() {
        if (this.users.count() > 0) {
            return Optional.empty();
        }
        String password = this.oneTimePasswords.next();
        this.users.save(new StaffUser(
                SETUP_USERNAME,
                this.passwordEncoder.encode(password),
                EnumSet.of(StaffRole.ADMIN),
                true,
                this.clock.instant()));
        this.audit.record(AuditLog.SYSTEM, AuditAction.SETUP_ADMIN_CREATED, SETUP_USERNAME);
        return Optional.of(password);
    }

    static class UsernameTakenException extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    static class NoSuchStaffUserException extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }
}
