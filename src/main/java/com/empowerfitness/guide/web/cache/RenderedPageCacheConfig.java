package com.empowerfitness.guide.web.cache;

import com.empowerfitness.guide.i18n.LanguageSuggestions;
import com.empowerfitness.guide.i18n.Languages;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The rendered-page cache and its two filters: {@link PageCacheFilter} first of all (before the session and
 * security filters, so a hit costs almost nothing) and {@link AnonymousPageFilter} after the security chain (it
 * must know who is signed in) and around {@link PageCachingFilter} (a page it answers carries its kept ETag). Off
 * with {@code guide.page-cache.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "guide.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class RenderedPageCacheConfig {

    @Bean
    RenderedPageCache renderedPageCache(ContentBoundaries boundaries, Clock clock, Languages languages) {
        return new RenderedPageCache(boundaries, clock, new LanguageSuggestions(languages));
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilterRegistration(RenderedPageCache cache) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
        registration.addUrlPatterns("/*");
        // After the character-encoding filter (HIGHEST_PRECEDENCE), before Spring Session (HIGHEST + 50).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AnonymousPageFilter> anonymousPageFilterRegistration(RenderedPageCache cache) {
        FilterRegistrationBean<AnonymousPageFilter> registration =
                new FilterRegistrationBean<>(new AnonymousPageFilter(cache));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
