package com.empowerfitness.guide.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.config.GuideProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The single-instance limit: a fixed number of requests per address and window, each address on its own. */
class InMemoryBookingRateLimiterTest {

    private final InMemoryBookingRateLimiter limiter = new InMemoryBookingRateLimiter(new GuideProperties.Booking(
            "2026-11-01", new GuideProperties.Booking.RateLimit(3, Duration.ofMinutes(10)), 365, Duration.ZERO, ""));

    @Test
    void anAddressGetsItsPermitsThenIsToldHowLongToWaitWithinTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(this.limiter.tryAcquire("203.0.113.5").allowed())
                    .as("request %d", i + 1)
                    .isTrue();
        }
        BookingRateLimiter.Decision refused = this.limiter.tryAcquire("203.0.113.5");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void oneBusyAddressDoesNotSlowAnother() {
        for (int i = 0; i < 5; i++) {
            this.limiter.tryAcquire("203.0.113.5");
        }
        assertThat(this.limiter.tryAcquire("203.0.113.6").allowed()).isTrue();
    }

    @Test
    void forgettingIdleClientsKeepsTheLimitOfAnAddressThatUsedItUp() {
        for (int i = 0; i < 3; i++) {
            this.limiter.tryAcquire("203.0.113.5");
        }
        this.limiter.tryAcquire("203.0.113.7"); // one permit used: not idle either

        this.limiter.forgetIdleClients();

        assertThat(this.limiter.tryAcquire("203.0.113.5").allowed()).isFalse();
        assertThat(this.limiter.tryAcquire("203.0.113.7").allowed()).isTrue();
    }
}
