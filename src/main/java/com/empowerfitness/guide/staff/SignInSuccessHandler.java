package com.empowerfitness.guide.staff;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/** After a sign-in: the browser's device cookie is remembered for the account, then on to the page asked for. */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final SignInThrottle throttle;

    private final SavedRequestAwareAuthenticationSuccessHandler next =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSuccessHandler(SignInThrottle throttle, RequestCache requestCache) {
        this.throttle = throttle;
        this.next.setDefaultTargetUrl("/staff");
        this.next.setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        this.throttle.rememberDevice(authentication.getName(), DeviceCookie.ensure(request, response));
        this.next.onAuthenticationSuccess(request, response, authentication);
    }
}
