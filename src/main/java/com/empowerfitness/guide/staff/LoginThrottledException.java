package com.empowerfitness.guide.staff;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this username or address: refused without checking the password. */
class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    LoginThrottledException() {
        super("Too many failed sign-in attempts");
    }
}
