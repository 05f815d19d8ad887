package com.empowerfitness.guide.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Username and password sign-in, refused while the username or the address is blocked. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;

    private final LoginAttemptStore attempts;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginAttemptStore attempts) {
        this.delegate = delegate;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
                ? details.getRemoteAddress()
                : "unknown";
        if (this.attempts.isBlocked(username, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = this.delegate.authenticate(authentication);
            this.attempts.recordSuccess(username, address);
            return result;
        } catch (AuthenticationException ex) {
            this.attempts.recordFailure(username, address);
            throw ex;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
