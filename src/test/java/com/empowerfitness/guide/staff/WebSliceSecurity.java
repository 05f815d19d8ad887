package com.empowerfitness.guide.staff;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.empowerfitness.guide.web.ClockConfiguration;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For {@code @WebMvcTest} slices: the real security chain (headers, CSRF, access rules), with the staff user
 * store and login throttle mocked because a web slice has no repositories.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ SecurityConfig.class, ClockConfiguration.class })
@MockitoBean(types = { StaffUserRepository.class, LoginAttemptStore.class })
public @interface WebSliceSecurity {
}
