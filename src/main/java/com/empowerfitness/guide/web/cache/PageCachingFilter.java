package com.empowerfitness.guide.web.cache;

import com.empowerfitness.guide.web.PublicPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Lets browsers keep public pages and revalidate them cheaply: an ETag computed from the rendered HTML, the
 * page's {@code Last-Modified} (content pages set it), a {@code 304 Not Modified} when the browser's copy is still
 * current ({@link ConditionalGet}, the same rule as for cached pages) and {@code Cache-Control: no-cache} so that
 * every visit does revalidate (an edited page shows at once).
 *
 * <p>Without the explicit {@code no-cache}, Spring Security's default {@code no-store} would forbid browsers to
 * keep the page at all, and the ETag would never be sent back. Security only writes its default when no
 * Cache-Control is set, so private pages ({@link PublicPaths}: staff pages, sign-in and the booking form, which
 * carry a per-session CSRF token and personal data) are simply left out here and keep {@code no-store}. Static
 * files get their one-year Cache-Control from the resource handler, which replaces the value set here.
 *
 * <p>A page may suggest its translation to a patient whose browser prefers that language, unless they said not to
 * ({@link com.empowerfitness.guide.i18n.LanguageSuggestions}): pages say {@code Vary: Accept-Language, Cookie}, so
 * that no browser or proxy gives one patient's variant to another request. Not static files, which never vary.
 */
class PageCachingFilter extends OncePerRequestFilter {

    static final String PAGE_CACHE_CONTROL = "no-cache";

    /** The request headers a page's body depends on besides its address (the language suggestion). */
    static final List<String> VARY = List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return (!"GET".equals(method) && !"HEAD".equals(method)) || !PublicPaths.isPublic(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PAGE_CACHE_CONTROL);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (isHtml(wrapper)) {
            vary(response, VARY);
        }
        if (eligible(request, wrapper)) {
            String etag = wrapper.getHeader(HttpHeaders.ETAG);
            if (etag == null && "GET".equals(request.getMethod())) {
                etag = ConditionalGet.weakEtag(wrapper.getContentInputStream());
                response.setHeader(HttpHeaders.ETAG, etag);
            }
            long lastModified = RenderedPageCache.httpDateMillis(wrapper.getHeader(HttpHeaders.LAST_MODIFIED));
            if (ConditionalGet.notModified(request, response, etag, lastModified)) {
                return; // 304: the buffered body is dropped
            }
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean isHtml(HttpServletResponse response) {
        String contentType = response.getContentType();
        return contentType != null && contentType.startsWith("text/html");
    }

    /** Adds the names to the response's {@code Vary}, keeping any it has. */
    static void vary(HttpServletResponse response, List<String> names) {
        Set<String> all = new LinkedHashSet<>();
        for (String value : response.getHeaders(HttpHeaders.VARY)) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    all.add(name.strip());
                }
            }
        }
        for (String name : names) {
            if (all.stream().noneMatch(name::equalsIgnoreCase)) {
                all.add(name);
            }
        }
        response.setHeader(HttpHeaders.VARY, String.join(", ", all));
    }

    /** A successful answer that is not already sent and did not ask not to be stored. */
    private static boolean eligible(HttpServletRequest request, ContentCachingResponseWrapper response) {
        if (response.isCommitted() || response.getStatus() < 200 || response.getStatus() >= 300) {
            return false;
        }
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl == null || !cacheControl.contains("no-store");
    }
}
