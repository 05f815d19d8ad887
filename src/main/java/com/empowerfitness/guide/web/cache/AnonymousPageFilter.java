package com.empowerfitness.guide.web.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The page cache's part inside the security chain, where it is known who is signed in. For an anonymous visitor
 * it answers from {@link RenderedPageCache} (visitors with a cookie, whom {@link PageCacheFilter} let through),
 * or marks the rendered page as one that may be kept. Signed-in staff always get a fresh page (they may preview
 * drafts).
 *
 * <p>Also answers {@code If-Modified-Since} with 304 when the page set {@code Last-Modified} (content pages, from
 * the entity's {@code updated_at}) and the request has no {@code If-None-Match} (which takes precedence).
 */
class AnonymousPageFilter extends OncePerRequestFilter {

    private final RenderedPageCache cache;

    AnonymousPageFilter(RenderedPageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = RenderedPageCache.keyOf(request);
        if (key != null && !signedIn()) {
            RenderedPageCache.Page page = cache.get(key);
            if (page != null) {
                write(request, response, page);
                return;
            }
        }
        if (!mayBeAnsweredNotModified(request)) {
            // Nothing to turn into a 304 afterwards: the response streams as it is written (a CSV export too).
            chain.doFilter(request, response);
            markIfAnonymous(request, key);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        markIfAnonymous(request, key);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK
                && notModifiedSince(request, wrapper.getHeader(HttpHeaders.LAST_MODIFIED))) {
            wrapper.resetBuffer();
            wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        wrapper.copyBodyToResponse();
    }

    private static void markIfAnonymous(HttpServletRequest request, String key) {
        if (key != null && !signedIn() && request.getParameterMap().isEmpty()) {
            request.setAttribute(PageCacheFilter.ANONYMOUS, Boolean.TRUE);
        }
    }

    /** Only {@code If-Modified-Since} without {@code If-None-Match} can make this filter answer 304. */
    private static boolean mayBeAnsweredNotModified(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
                && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null;
    }

    /** Inside the security chain, which adds its own headers; the ETag comes from {@link PageCachingFilter}. */
    private static void write(HttpServletRequest request, HttpServletResponse response, RenderedPageCache.Page page)
            throws IOException {
        response.setContentType(page.contentType());
        response.setHeader(PageCacheFilter.HIT_HEADER, "hit");
        if (page.lastModified() != null) {
            response.setHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        }
        if (notModifiedSince(request, page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static boolean notModifiedSince(HttpServletRequest request, String lastModified) {
        if (lastModified == null || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException ex) {
            return false; // a malformed date is ignored, as RFC 9110 says
        }
        long modified = RenderedPageCache.httpDateMillis(lastModified);
        return since >= 0 && modified >= 0 && modified / 1000 <= since / 1000;
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
