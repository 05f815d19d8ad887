package com.empowerfitness.guide.content;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/**
 * Signed-in staff (any role) may open a page patients cannot see yet (or any more) at its own address, with a
 * banner saying so. Decided per request from the authentication: a page cache for anonymous visitors never
 * holds a preview.
 */
public final class StaffPreview {

    /** Model attribute holding the banner text; absent for a page patients can see. */
    public static final String BANNER = "previewBanner";

    private StaffPreview() {}

    /** True for a signed-in staff member, false for patients (anonymous or no authentication at all). */
    public static boolean allowed(Authentication viewer) {
        return viewer != null && viewer.isAuthenticated() && !(viewer instanceof AnonymousAuthenticationToken);
    }

    /**
     * Adds the banner for a page patients cannot see at {@code now}, and keeps such a preview out of every
     * shared or browser cache.
     */
    public static void describe(PageInfo page, LocalDateTime now, Model model, HttpServletResponse response) {
        PageState state = PageState.of(page, now);
        if (state != PageState.PUBLISHED) {
            model.addAttribute(BANNER, state.bannerFor(page));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
    }
}
