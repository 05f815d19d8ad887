package com.empowerfitness.guide.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Page-cache hits and misses, seen from outside the cache's own filters (web.cache): a hit is an answer marked
 * {@code X-Page-Cache: hit}; a miss is a page rendered afresh for an anonymous visitor, which the cache marks with
 * its request attribute so that it may keep it. Registered just before the cache's outer filter.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheMetricsFilter {

    /** web.cache.PageCacheFilter's marker of "rendered for an anonymous visitor, may be kept". */
    static final String RENDERED_FOR_ANONYMOUS = "com.empowerfitness.guide.web.cache.PageCacheFilter.anonymous";

    static final String HIT_HEADER = "X-Page-Cache";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageCacheMetricsFilterRegistration(GuideMetrics metrics) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"GET".equals(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                if ("hit".equals(response.getHeader(HIT_HEADER))) {
                    metrics.pageCache(true);
                } else if (Boolean.TRUE.equals(request.getAttribute(RENDERED_FOR_ANONYMOUS))) {
                    metrics.pageCache(false);
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("pageCacheMetricsFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 9);
        return registration;
    }
}
