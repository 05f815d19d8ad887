package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.support.EditorSiteTest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff read the time from the Clock bean: accounts, audit lines and the sign-in throttle follow a moved clock. */
class StaffClockTest extends EditorSiteTest {

    @Autowired
    StaffUserService users;

    @Autowired
    AuditLog audit;

    @Autowired
    SignInThrottle throttle;

    @Test
    void accountsAndAuditLinesAreStampedWithTheClocksTime() {
        LocalDateTime then = LocalDateTime.of(2031, 3, 4, 5, 6, 7);
        this.clock.set(then);

        StaffUser user = this.users.createWithPassword(
                "test", "clock-" + System.nanoTime() % 100000, EnumSet.of(StaffRole.STAFF), PASSWORD);

        assertThat(user.getCreatedAt()).isEqualTo(then.toInstant(ZoneOffset.UTC));
        AuditEvent latest = this.audit.page(0, 1).getContent().get(0);
        assertThat(latest.getAction()).isEqualTo(AuditAction.USER_CREATED);
        assertThat(latest.getOccurredAt()).isEqualTo(then.toInstant(ZoneOffset.UTC));
    }

    @Test
    void theSignInThrottleWaitsByTheClock() {
        SignInThrottle.Attempt attempt = new SignInThrottle.Attempt("clock-user", "192.0.2.90", null);
        for (int i = 0; i < SignInThrottle.PLACE_FREE + 1; i++) {
            this.throttle.failed(attempt);
        }
        assertThat(this.throttle.waitFor(attempt)).isEqualTo(SignInThrottle.FIRST_DELAY);

        this.clock.set(NOW.plusDays(2));

        assertThat(this.throttle.waitFor(attempt)).isZero();
    }
}
