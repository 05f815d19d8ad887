package com.empowerfitness.guide.staff;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** One-time passwords for set-up and resets: 16 characters (about 79 bits) in groups of four. */
@Component
class OneTimePasswords {

    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
