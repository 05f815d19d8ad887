package com.empowerfitness.guide.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link RenderedPageCache} after the security chain (it must know who is signed in) and inside
 * {@link PageCachingFilter} (so cached pages still get their ETag and 304). Off with
 * {@code guide.page-cache.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "guide.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class RenderedPageCacheConfig {

    @Bean
    RenderedPageCache renderedPageCache(ContentBoundaries boundaries, Clock clock) {
        return new RenderedPageCache(boundaries, clock);
    }

    @Bean
    FilterRegistrationBean<RenderedPageCache> renderedPageCacheRegistration(RenderedPageCache cache) {
        FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }
}
