package com.empowerfitness.guide.web.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Lets browsers keep public pages and revalidate them cheaply: an ETag computed from the rendered HTML, a
 * {@code 304 Not Modified} when it still matches, and {@code Cache-Control: no-cache} so that every visit does
 * revalidate (an edited page shows at once).
 *
 * <p>Without the explicit {@code no-cache}, Spring Security's default {@code no-store} would forbid browsers to
 * keep the page at all, and the ETag would never be sent back. Security only writes its default when no
 * Cache-Control is set, so staff pages, the login page and the booking form (which carry a per-session CSRF
 * token and personal data) are simply left out here and keep {@code no-store}. Static files get their one-year
 * Cache-Control from the resource handler, which replaces the value set here.
 */
class PageCachingFilter extends ShallowEtagHeaderFilter {

    static final String PAGE_CACHE_CONTROL = "no-cache";

    PageCachingFilter() {
        // Tomcat compresses after this filter; a weak ETag stays truthful for the gzipped bytes too.
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isPrivate(path);
    }

    static boolean isPrivate(String path) {
        return path.equals("/staff")
                || path.startsWith("/staff/")
                || path.equals("/book")
                || path.startsWith("/book/")
                || path.equals("/login")
                || path.equals("/logout");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PAGE_CACHE_CONTROL);
        super.doFilterInternal(request, response, chain);
    }
}
