package com.empowerfitness.guide.staff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * One security chain for the whole site: public pages open, every staff route behind a login, CSRF on every
 * form and strict headers on every response.
 */
@Configuration
public class SecurityConfig {

    /** No inline scripts or styles anywhere: every script and stylesheet is a self-hosted file. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            StaffUserRepository users,
            SignInAudit signInAudit,
            ObjectProvider<AccessDeniedHandler> accessDenied)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/staff/users", "/staff/users/**", "/staff/audit", "/staff/audit/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/staff/bookings/*/erase")
                        .hasRole("ADMIN")
                        .requestMatchers("/staff/bookings", "/staff/bookings/**", "/staff/bookings.csv")
                        .hasRole("STAFF")
                        // Clinical sign-off is a clinician's alone (ADMIN does not include REVIEWER); reviewers read
                        // every page and its history, editors and administrators write.
                        .requestMatchers(HttpMethod.POST, "/staff/content/review")
                        .hasRole("REVIEWER")
                        .requestMatchers(HttpMethod.GET, "/staff/content", "/staff/content/**")
                        .hasAnyRole("EDITOR", "ADMIN", "REVIEWER")
                        .requestMatchers("/staff/content", "/staff/content/**")
                        .hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers("/staff", "/staff/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/staff", false)
                        .failureHandler(new LoginFailureHandler(signInAudit))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // The features decide what a refusal shows (the booking form refills an expired post); default 403.
                .exceptionHandling(
                        denied -> denied.accessDeniedHandler(accessDenied.getIfAvailable(AccessDeniedHandlerImpl::new)))
                // A new session id at sign-in (against session fixation), keeping the session's attributes.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new StaffAccountFilter(users), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Administrators can do everything staff and editors can; not sign off clinically (no ROLE_REVIEWER). */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_STAFF\nROLE_ADMIN > ROLE_EDITOR");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The only authentication provider: database users, throttled against guessing. */
    @Bean
    AuthenticationProvider staffAuthenticationProvider(
            StaffUserRepository users, PasswordEncoder passwordEncoder, LoginAttemptStore attempts) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new StaffUserDetailsService(users));
        dao.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(dao, attempts);
    }
}
