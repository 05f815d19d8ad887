package com.empowerfitness.guide.web.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The page cache's part inside the security chain, where it is known who is signed in. For an anonymous visitor
 * it answers from {@link RenderedPageCache} (visitors with a cookie, whom {@link PageCacheFilter} let through),
 * or marks the rendered page as one that may be kept. Signed-in staff always get a fresh page (they may preview
 * drafts). Conditional requests of rendered pages are answered by {@link PageCachingFilter}, inside this one.
 */
class AnonymousPageFilter extends OncePerRequestFilter {

    /**
     * The kept headers a hit here replays: the page's own validators and caching rule, and what it varies on. The
     * security chain around this filter writes its headers (Content-Security-Policy ...) itself, as for a rendered
     * page.
     */
    private static final Set<String> REPLAYED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        REPLAYED.addAll(
                Set.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.VARY));
    }

    private final RenderedPageCache cache;

    AnonymousPageFilter(RenderedPageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = cache.keyOf(request);
        if (key == null || signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        RenderedPageCache.Page page = cache.get(key);
        if (page != null) {
            for (RenderedPageCache.Header header : page.headers()) {
                if (REPLAYED.contains(header.name())) {
                    response.setHeader(header.name(), header.value());
                }
            }
            PageCacheFilter.writeHit(request, response, page);
            return;
        }
        chain.doFilter(request, response);
        if (request.getParameterMap().isEmpty()) {
            request.setAttribute(PageCacheFilter.ANONYMOUS, Boolean.TRUE);
        }
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
