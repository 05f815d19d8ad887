package com.empowerfitness.guide.web.cache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The first filter of every request: answers a public page from {@link RenderedPageCache} before the session,
 * the security chain and Spring MVC are involved, and keeps the pages that {@link AnonymousPageFilter} marked as
 * rendered for an anonymous visitor.
 *
 * <p>Only requests that carry no cookie, no session and no {@code Authorization} are answered this early: one
 * of those may belong to signed-in staff, who must see drafts; they pass through the security chain, where
 * {@link AnonymousPageFilter} still answers them from the cache if they turn out to be anonymous. A cached answer
 * replays the headers the rendered one had (Content-Security-Policy, X-Frame-Options, Cache-Control, ETag ...),
 * and {@code If-None-Match}/{@code If-Modified-Since} get a 304 from the kept validators ({@link ConditionalGet})
 * without hashing the body again.
 */
class PageCacheFilter implements Filter {

    /** Request attribute set by {@link AnonymousPageFilter}: the visitor was anonymous, the page may be kept. */
    static final String ANONYMOUS = PageCacheFilter.class.getName() + ".anonymous";

    static final String HIT_HEADER = "X-Page-Cache";

    /** Spring Security's hidden CSRF field, as Thymeleaf writes it into a posting form. */
    private static final String CSRF_FIELD = "name=\"_csrf\"";

    /** Headers that belong to one response or one visitor, never replayed. */
    private static final Set<String> NOT_KEPT = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        NOT_KEPT.addAll(List.of(
                HttpHeaders.SET_COOKIE,
                HttpHeaders.CONTENT_LENGTH,
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.DATE,
                HttpHeaders.TRANSFER_ENCODING,
                HttpHeaders.CONNECTION,
                "Keep-Alive",
                HIT_HEADER));
    }

    private final RenderedPageCache cache;

    PageCacheFilter(RenderedPageCache cache) {
        this.cache = cache;
    }

    /**
     * A plain filter, not a {@code OncePerRequestFilter}: registered for the REQUEST dispatch only (Spring Boot's
     * default for plain filters), it cannot run twice, and a hit skips setting and removing a request attribute.
     */
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (!(req instanceof HttpServletRequest request)
                || !(res instanceof HttpServletResponse response)
                || !"GET".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        String key = cache.keyOf(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!maybeSignedIn(request)) {
            RenderedPageCache.Page page = cache.get(key);
            if (page != null) {
                replay(request, response, page);
                return;
            }
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (Boolean.TRUE.equals(request.getAttribute(ANONYMOUS)) && keepable(wrapper)) {
            cache.put(key, snapshot(wrapper), generation);
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean maybeSignedIn(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.COOKIE) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getSession(false) != null;
    }

    /** Every header the rendered page had, so that a hit is the same as a rendered answer. */
    private static void replay(HttpServletRequest request, HttpServletResponse response, RenderedPageCache.Page page)
            throws IOException {
        for (RenderedPageCache.Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        writeHit(request, response, page);
    }

    /**
     * The body of a kept page, or a 304 when the visitor's copy is current ({@link ConditionalGet}, the rule for
     * rendered pages too); the caller has set the headers.
     */
    static void writeHit(HttpServletRequest request, HttpServletResponse response, RenderedPageCache.Page page)
            throws IOException {
        response.setContentType(page.contentType());
        response.setLocale(page.locale()); // Content-Language, which Tomcat keeps apart from the other headers
        response.setHeader(HIT_HEADER, "hit");
        if (ConditionalGet.notModified(request, response, page.etag(), page.lastModifiedMillis())) {
            return; // 304, no body
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /**
     * A 200 HTML page that sets no cookie, did not ask not to be stored (e.g. {@code no-store}) and holds no CSRF
     * token: a token belongs to one visitor's session, so a page with a posting form is never shared (no public
     * page has one today; this keeps it so if one is added).
     */
    private static boolean keepable(ContentCachingResponseWrapper response) {
        String contentType = response.getContentType();
        String cacheControl = String.join(",", response.getHeaders(HttpHeaders.CACHE_CONTROL));
        return response.getStatus() == HttpServletResponse.SC_OK
                && contentType != null
                && contentType.startsWith("text/html")
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && !cacheControl.contains("no-store")
                && !cacheControl.contains("private")
                && !new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).contains(CSRF_FIELD);
    }

    private static RenderedPageCache.Page snapshot(ContentCachingResponseWrapper response) {
        List<RenderedPageCache.Header> headers = new ArrayList<>();
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : response.getHeaderNames()) { // a name appears once per value
            if (!NOT_KEPT.contains(name) && seen.add(name)) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new RenderedPageCache.Header(name, value));
                }
            }
        }
        return new RenderedPageCache.Page(
                response.getContentAsByteArray(),
                response.getContentType(),
                response.getLocale(),
                response.getHeader(HttpHeaders.ETAG),
                response.getHeader(HttpHeaders.LAST_MODIFIED),
                List.copyOf(headers));
    }
}
