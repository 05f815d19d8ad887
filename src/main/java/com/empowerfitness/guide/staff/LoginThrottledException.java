package com.empowerfitness.guide.staff;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or place: refused without checking the password, for a while. */
class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed sign-in attempts");
        this.wait = wait;
    }

    Duration getWait() {
        return this.wait;
    }
}
