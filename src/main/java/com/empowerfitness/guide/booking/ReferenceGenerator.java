package com.empowerfitness.guide.booking;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Booking references (EF-7K2M9Q) and confirmation-page tokens, both from a SecureRandom. */
@Component
public class ReferenceGenerator {

    /** No 0/O, 1/I/L: a reference read over the phone cannot be misheard as another. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    static final String PREFIX = "EF-";

    private final SecureRandom random = new SecureRandom();

    public String nextReference() {
        StringBuilder reference = new StringBuilder(PREFIX);
        for (int i = 0; i < 6; i++) {
            reference.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    public String nextToken() {
        byte[] bytes = new byte[24];
        this.random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
