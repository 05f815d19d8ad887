package com.empowerfitness.guide.staff;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in through {@link SignInThrottle}: while an attempt must wait, it is refused
 * without checking the password (and without counting); otherwise its outcome is counted.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;

    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInThrottle.Attempt attempt = attemptOf(authentication);
        Duration wait = this.throttle.waitFor(attempt);
        if (!wait.isZero() && !wait.isNegative()) {
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication result = this.delegate.authenticate(authentication);
            this.throttle.succeeded(attempt);
            return result;
        } catch (AuthenticationException ex) {
            this.throttle.failed(attempt);
            throw ex;
        }
    }

    private static SignInThrottle.Attempt attemptOf(Authentication authentication) {
        Object details = authentication.getDetails();
        String address = (details instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : null;
        String device = (details instanceof SignInDetails signIn) ? signIn.getDevice() : null;
        return new SignInThrottle.Attempt(authentication.getName(), address, device);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
