package com.empowerfitness.guide.staff;

import com.empowerfitness.guide.web.PublicPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in staff member, checks the account against the database: a disabled account or
 * one whose password was reset loses its session at once (on a staff page: back to the sign-in page; on a public
 * page, which could show a draft preview: the page as patients see it), and a one-time password must be changed
 * before anything else (staff pages lead to the change; public pages are shown as to patients, no previews).
 */
class StaffAccountFilter extends OncePerRequestFilter {

    static final String PASSWORD_PATH = "/staff/password";

    private final StaffUserRepository users;

    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    StaffAccountFilter(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        String path = PublicPaths.pathOf(request);
        boolean staffPage = PublicPaths.inStaffArea(path);
        Optional<StaffUser> user = this.users.findByUsername(principal.getUsername());
        if (user.isEmpty()
                || !user.get().isEnabled()
                || !user.get().getSecurityStamp().equals(principal.getSecurityStamp())) {
            this.logout.logout(request, response, authentication);
            if (staffPage) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            chain.doFilter(request, response); // signed out: the page as patients see it
            return;
        }
        if (user.get().isMustChangePassword()) {
            if (staffPage && !path.equals(PASSWORD_PATH)) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PATH);
                return;
            }
            if (!staffPage) {
                asPatient(request, response, chain);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * This request only, without the sign-in (the session keeps it: the context is saved explicitly, never on
     * the way out), so no draft preview is shown.
     */
    private static void asPatient(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }
}
