package com.empowerfitness.guide.staff;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * A random token set in the browser at a successful sign-in (OWASP's "device cookie"): a later sign-in that
 * sends it back is from a place the account signed in from before, judged by its own failures only
 * ({@link SignInThrottle}). Sent only to {@code /login}, never readable by scripts; it proves nothing by itself
 * (the password is still checked) and holds nothing personal.
 */
final class DeviceCookie {

    static final String NAME = "GUIDE_SIGN_IN_DEVICE";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final Duration MAX_AGE = Duration.ofDays(365);

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceCookie() {}

    /** The token the browser sent, or null when none (or a malformed one) was sent. */
    static String read(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, NAME);
        return (cookie != null && TOKEN.matcher(cookie.getValue()).matches()) ? cookie.getValue() : null;
    }

    /** The browser's token, set now if it had none. */
    static String ensure(HttpServletRequest request, HttpServletResponse response) {
        String token = read(request);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        // Renewed at every sign-in, so a device in use never expires.
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(NAME, token)
                        .path(request.getContextPath() + "/login")
                        .maxAge(MAX_AGE)
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .sameSite("Strict")
                        .build()
                        .toString());
        return token;
    }
}
