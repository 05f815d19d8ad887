package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in throttle's rules, which every {@link LoginAttemptStore} must follow. */
abstract class LoginAttemptStoreContract {

    protected final MutableClock clock = new MutableClock();

    protected LoginAttemptStore store;

    /** A new, empty store that reads the time from {@code clock}. */
    protected abstract LoginAttemptStore createStore(Clock clock);

    @BeforeEach
    void createTheStore() {
        this.store = createStore(this.clock);
    }

    @Test
    void fiveFailuresWithinFifteenMinutesBlockForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            this.store.recordFailure("jo", "10.0.0." + i);
            this.clock.advance(Duration.ofMinutes(3));
        }
        assertThat(this.store.isBlocked("jo", "10.0.0.99")).isFalse();

        this.store.recordFailure("JO ", "10.0.0.5");

        assertThat(this.store.isBlocked("jo", "10.0.0.99")).isTrue();
        this.clock.advance(Duration.ofMinutes(14));
        assertThat(this.store.isBlocked("jo", "10.0.0.99")).isTrue();
        this.clock.advance(Duration.ofMinutes(2));
        assertThat(this.store.isBlocked("jo", "10.0.0.99")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotBlock() {
        for (int i = 0; i < 10; i++) {
            this.store.recordFailure("sam", "10.0.1." + i);
            this.clock.advance(Duration.ofMinutes(4));
        }

        assertThat(this.store.isBlocked("sam", "10.0.2.1")).isFalse();
    }

    @Test
    void anAddressIsBlockedWhateverUsernamesItTries() {
        for (int i = 0; i < 5; i++) {
            this.store.recordFailure("guess" + i, "192.0.2.7");
        }

        assertThat(this.store.isBlocked("someone-else", "192.0.2.7")).isTrue();
        assertThat(this.store.isBlocked("someone-else", "192.0.2.8")).isFalse();
    }

    @Test
    void successClearsTheUsernamesFailures() {
        for (int i = 0; i < 4; i++) {
            this.store.recordFailure("kim", "10.0.3." + i);
        }
        this.store.recordSuccess("kim", "10.0.3.9");

        this.store.recordFailure("kim", "10.0.3.10");

        assertThat(this.store.isBlocked("kim", "10.0.4.1")).isFalse();
    }

    protected static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-27T09:00:00Z");

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return this.now;
        }
    }
}
