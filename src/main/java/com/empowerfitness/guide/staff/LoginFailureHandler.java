package com.empowerfitness.guide.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page with one clear message; what was typed is never logged. The audit log gets a line
 * ({@link SignInAudit}), naming the account only if it exists.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

    private final SignInAudit audit;

    LoginFailureHandler(SignInAudit audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean throttled = exception instanceof LoginThrottledException;
        this.audit.failed(request.getParameter("username"), throttled);
        if (exception instanceof LoginThrottledException refused) {
            long minutes = Math.max(1, (refused.getWait().toSeconds() + 59) / 60);
            log.warn("Staff sign-in refused: too many failed attempts");
            response.sendRedirect(request.getContextPath() + "/login?locked&minutes=" + minutes);
        } else {
            log.info("Staff sign-in failed");
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
