package com.empowerfitness.guide.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every staff page, checks the signed-in account against the database: a disabled account or one whose
 * password was reset loses its session at once, and a one-time password must be changed before anything else.
 */
class StaffAccountFilter extends OncePerRequestFilter {

    static final String PASSWORD_PATH = "/staff/password";

    private final StaffUserRepository users;

    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    StaffAccountFilter(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/staff");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            Optional<StaffUser> user = this.users.findByUsername(principal.getUsername());
            if (user.isEmpty()
                    || !user.get().isEnabled()
                    || !user.get().getSecurityStamp().equals(principal.getSecurityStamp())) {
                this.logout.logout(request, response, authentication);
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (user.get().isMustChangePassword() && !path.equals(PASSWORD_PATH)) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PATH);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
