package com.empowerfitness.guide.web.cache;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link PageCachingFilter} inside the security chain, so Security sees its Cache-Control header, and
 * inside {@link AnonymousPageFilter}, so that a page that filter answers from the cache is not hashed again.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfig {

    @Bean
    FilterRegistrationBean<PageCachingFilter> pageCachingFilter() {
        FilterRegistrationBean<PageCachingFilter> registration = new FilterRegistrationBean<>(new PageCachingFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }
}
