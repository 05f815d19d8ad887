package com.empowerfitness.guide.staff;

import com.empowerfitness.guide.web.PublicPaths;
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
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

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

    /** No page uses any of these browser features; a script that got in could not either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "bluetooth=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), browsing-topics=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            StaffUserRepository users,
            SignInAudit signInAudit,
            SignInThrottle throttle,
            ObjectProvider<AccessDeniedHandler> accessDenied)
            throws Exception {
        RequestCache returnAddress = returnAddressCookie();
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/staff/users", "/staff/users/**", "/staff/audit", "/staff/audit/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/staff/bookings/*/erase")
                        .hasRole("ADMIN")
                        .requestMatchers("/staff/schedule/setup", "/staff/schedule/setup/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/staff/schedule/*/erase")
                        .hasRole("ADMIN")
                        .requestMatchers("/staff/schedule", "/staff/schedule/**")
                        .hasRole("STAFF")
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
                        .requestMatchers(PublicPaths.staffArea())
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(new SignInDetails.Source())
                        .successHandler(new SignInSuccessHandler(throttle, returnAddress))
                        .failureHandler(new LoginFailureHandler(signInAudit))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // The features decide what a refusal shows (the booking form refills an expired post); default 403.
                .exceptionHandling(
                        denied -> denied.accessDeniedHandler(accessDenied.getIfAvailable(AccessDeniedHandlerImpl::new)))
                // A new session id at sign-in (against session fixation), keeping the session's attributes.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // Patients never get a server session: the CSRF token and the page to return to after signing
                // in live in cookies, so a flood of anonymous requests stores nothing (issue 11.4).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenCookies()))
                .requestCache(cache -> cache.requestCache(returnAddress))
                .addFilterAfter(new StaffAccountFilter(users), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
        return http.build();
    }

    /**
     * The CSRF token in a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) instead of the session; every form
     * must still send it back as {@code _csrf}, which no other site can read or set.
     */
    static CookieCsrfTokenRepository csrfTokenCookies() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** The staff page to return to after signing in, kept in a cookie. */
    private static CookieRequestCache returnAddressCookie() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return cache;
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
            StaffUserRepository users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new StaffUserDetailsService(users));
        dao.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(dao, throttle);
    }
}
