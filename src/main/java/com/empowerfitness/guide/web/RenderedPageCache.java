package com.empowerfitness.guide.web;

import com.empowerfitness.guide.content.ContentChangedEvent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered HTML of public pages for anonymous visitors, so a repeat request skips the database and
 * Thymeleaf. Only GETs without a query string, answered 200 with HTML and no cookie; never the booking form,
 * staff pages or sign-in ({@link PageCachingFilter#isPrivate}), never for a signed-in user (staff preview drafts).
 * Everything is dropped when content changes ({@link ContentChangedEvent}) and when the clock passes the next
 * {@code publish_at}/{@code expires_at} of any page, so a scheduled page appears and expires on time.
 *
 * <p>Also answers {@code If-Modified-Since} with 304 when the page set {@code Last-Modified} (content pages, from
 * the entity's {@code updated_at}) and the request has no {@code If-None-Match} (which takes precedence).
 */
class RenderedPageCache extends OncePerRequestFilter {

    /** Pages kept at most; the guide has a few dozen, so reaching this means odd addresses: start over. */
    static final int MAX_ENTRIES = 500;

    record Page(byte[] body, String contentType, String lastModified) {}

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** Bumped by every clear: a page rendered before a content change is not stored after it. */
    private final AtomicLong generation = new AtomicLong();

    private final ContentBoundaries boundaries;

    private final Clock clock;

    /** The cache is valid until this clinic-local time (the next publish/expiry boundary); null: no limit. */
    private volatile Optional<LocalDateTime> validUntil;

    RenderedPageCache(ContentBoundaries boundaries, Clock clock) {
        this.boundaries = boundaries;
        this.clock = clock;
    }

    @EventListener
    void contentChanged(ContentChangedEvent event) {
        clear();
    }

    void clear() {
        generation.incrementAndGet();
        validUntil = null;
        pages.clear();
    }

    int size() {
        return pages.size();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean cacheable = "GET".equals(request.getMethod())
                && request.getQueryString() == null
                && request.getParameterMap().isEmpty()
                && !PageCachingFilter.isPrivate(path)
                && !signedIn()
                && !path.startsWith("/error");
        if (cacheable) {
            checkBoundary();
            Page page = pages.get(path);
            if (page != null) {
                response.setHeader("X-Page-Cache", "hit");
                write(request, response, page);
                return;
            }
        }
        long startGeneration = generation.get();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        Page page = new Page(
                wrapper.getContentAsByteArray(),
                wrapper.getContentType(),
                wrapper.getHeader(HttpHeaders.LAST_MODIFIED));
        if (cacheable
                && wrapper.getStatus() == 200
                && page.contentType() != null
                && page.contentType().startsWith("text/html")
                && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
                && !signedIn()
                && generation.get() == startGeneration
                && sharable(wrapper)) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear();
            }
            pages.put(path, page);
        }
        if (wrapper.getStatus() == 200 && notModifiedSince(request, page.lastModified())) {
            wrapper.resetBuffer();
            wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        wrapper.copyBodyToResponse();
    }

    private void write(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        response.setContentType(page.contentType());
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

    /** A page that asked not to be stored (e.g. {@code no-store} on /privacy) is not kept either. */
    private static boolean sharable(HttpServletResponse response) {
        String cacheControl = String.join(",", response.getHeaders(HttpHeaders.CACHE_CONTROL));
        return !cacheControl.contains("no-store") && !cacheControl.contains("private");
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
        if (since < 0) {
            return false;
        }
        long modified = java.time.ZonedDateTime.parse(
                        lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant()
                .toEpochMilli();
        return modified / 1000 <= since / 1000;
    }

    /** Drops every page once the clock passes the next scheduled change; finds the next one when unknown. */
    private void checkBoundary() {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDateTime> until = validUntil;
        if (until != null && until.isPresent() && !now.isBefore(until.get())) {
            generation.incrementAndGet();
            pages.clear();
            until = null;
        }
        if (until == null) {
            validUntil = boundaries.next(now);
        }
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
