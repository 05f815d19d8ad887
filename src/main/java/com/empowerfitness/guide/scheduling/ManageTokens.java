package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.cluster.Hashes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * References patients quote and the tokens of their manage links. A token is 32 random bytes (256 bits) and is
 * stored only as its SHA-256 hash: the database alone cannot open a patient's booking.
 */
@Component
public class ManageTokens {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();

    /** AP- and six characters without look-alikes (no 0/O, 1/I). */
    public String nextReference() {
        StringBuilder reference = new StringBuilder("AP-");
        for (int i = 0; i < 6; i++) {
            reference.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    public String nextToken() {
        byte[] bytes = new byte[32];
        this.random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    public static String hash(String token) {
        return Hashes.sha256(token);
    }
}
