package com.empowerfitness.guide.staff;

import java.util.Locale;
import java.util.Optional;

/** Length over complexity (NIST SP 800-63B): at least 12 characters, not the username. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Your new password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Your new password must be " + MAX_LENGTH + " characters or fewer");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Your new password must not contain your username");
        }
        return Optional.empty();
    }
}
