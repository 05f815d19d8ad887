package com.empowerfitness.guide.ops;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints have their own security chain, ahead of the site's: they live on the management port,
 * bound to loopback by default, and answer read-only GETs without sessions, CSRF or the staff account checks.
 * The public chain stays as it is; on the public port no {@code /actuator} path exists (404).
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
