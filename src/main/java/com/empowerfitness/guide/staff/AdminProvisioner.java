package com.empowerfitness.guide.staff;

import com.empowerfitness.guide.config.GuideProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * At start-up: the administrator from the environment, or, on an empty database, a set-up administrator whose
 * one-time password is logged once and must be changed at first sign-in. There is never a default password.
 */
@Component
class AdminProvisioner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminProvisioner.class);

    private final GuideProperties.Admin admin;

    private final StaffUserService users;

    AdminProvisioner(GuideProperties.Admin admin, StaffUserService users) {
        this.admin = admin;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (this.admin.isGiven() && PasswordPolicy.isTooLong(this.admin.password())) {
                // BCrypt cannot hash it: refuse it in one line rather than stop start-up with a stack trace.
                log.error(
                        "GUIDE_ADMIN_PASSWORD is longer than {} bytes (letters with accents count as two): the "
                                + "administrator from GUIDE_ADMIN_USERNAME was not provisioned; choose a shorter one",
                        PasswordPolicy.MAX_BYTES);
            } else if (this.admin.isGiven()) {
                if (this.admin.password().length() < PasswordPolicy.MIN_LENGTH) {
                    log.warn(
                            "GUIDE_ADMIN_PASSWORD is shorter than {} characters; choose a longer one",
                            PasswordPolicy.MIN_LENGTH);
                }
                this.users.provisionAdmin(this.admin.username(), this.admin.password());
                log.info("Administrator account from GUIDE_ADMIN_USERNAME is ready");
                return;
            }
            // Also when the given password was refused: on an empty database the clinic still gets a way in.
            this.users
                    .createSetupAdminIfNoUsers()
                    .ifPresent((password) -> log.warn(
                            "No staff user exists: created user '{}' with the one-time password {} . Sign in at /login "
                                    + "and choose a new password. This password is shown only once.",
                            StaffUserService.SETUP_USERNAME,
                            password));
        } catch (DataIntegrityViolationException ex) {
            // Another instance provisioned at the same moment; its account stands.
            log.info("Staff account provisioning was done by another instance");
        }
    }
}
