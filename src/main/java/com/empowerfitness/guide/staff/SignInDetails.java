package com.empowerfitness.guide.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the sign-in throttle needs to know about a sign-in's place: the address and the device cookie. */
final class SignInDetails extends WebAuthenticationDetails {

    private static final long serialVersionUID = 1L;

    private final transient String device;

    private SignInDetails(HttpServletRequest request) {
        super(request);
        this.device = DeviceCookie.read(request);
    }

    String getDevice() {
        return this.device;
    }

    static final class Source implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {

        @Override
        public SignInDetails buildDetails(HttpServletRequest request) {
            return new SignInDetails(request);
        }
    }
}
