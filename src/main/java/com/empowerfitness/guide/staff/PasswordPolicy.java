package com.empowerfitness.guide.staff;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Length over complexity (NIST SP 800-63B): at least 12 characters, not the username, and at most the 72 bytes
 * BCrypt can take (UTF-8: an accented letter is two bytes, many symbols three or four). BCrypt refuses longer
 * input outright, so the limit is checked here, with a message, before anything is hashed.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    static final int MAX_BYTES = 72;

    static final String TOO_LONG =
            "Your new password must be at most " + MAX_BYTES + " bytes; letters with accents count as two";

    private PasswordPolicy() {}

    static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Your new password must be at least " + MIN_LENGTH + " characters long");
        }
        if (isTooLong(password)) {
            return Optional.of(TOO_LONG);
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Your new password must not contain your username");
        }
        return Optional.empty();
    }

    /** More than BCrypt can hash. */
    static boolean isTooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
