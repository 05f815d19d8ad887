package com.empowerfitness.guide.staff;

import static org.mockito.Mockito.mock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What {@link SecurityConfig} needs in a web slice test ({@code @WebMvcTest} does not scan repositories or
 * components): the staff user repository, the login throttle and the sign-in audit, as mocks. Public pages
 * never touch them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SecuritySliceBeans {

    @Bean
    StaffUserRepository staffUserRepository() {
        return mock(StaffUserRepository.class);
    }

    @Bean
    SignInThrottle signInThrottle() {
        return mock(SignInThrottle.class);
    }

    @Bean
    SignInAudit signInAudit() {
        return mock(SignInAudit.class);
    }
}
