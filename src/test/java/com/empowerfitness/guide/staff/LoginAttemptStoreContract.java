package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle's rules ({@link SignInThrottle}), which must hold over every {@link LoginAttemptStore}:
 * growing delays per account and place, per address and per account from unknown places; never a block of the
 * owner at a place where they signed in before; an administrator lifts a block. Time moves by the clock.
 */
abstract class LoginAttemptStoreContract {

    protected final MutableClock clock = new MutableClock();

    protected LoginAttemptStore store;

    protected SignInThrottle throttle;

    /** A new, empty store. */
    protected abstract LoginAttemptStore createStore();

    @BeforeEach
    void createTheStore() {
        this.store = createStore();
        this.throttle = new SignInThrottle(this.store, this.clock);
    }

    private static SignInThrottle.Attempt from(String username, String address) {
        return new SignInThrottle.Attempt(username, address, null);
    }

    @Test
    void fiveFailuresFromOnePlaceAreFreeThenEachWaitDoublesUpToFifteenMinutes() {
        SignInThrottle.Attempt attempt = from("jo", "10.0.0.1");
        for (int i = 0; i < 5; i++) {
            assertThat(this.throttle.waitFor(attempt)).isZero();
            this.throttle.failed(attempt);
        }
        assertThat(this.throttle.waitFor(attempt)).isZero();

        this.throttle.failed(attempt);
        assertThat(this.throttle.waitFor(attempt)).isEqualTo(Duration.ofSeconds(1));
        this.clock.advance(Duration.ofSeconds(1));
        assertThat(this.throttle.waitFor(attempt)).isZero();
        this.throttle.failed(attempt);
        assertThat(this.throttle.waitFor(attempt)).isEqualTo(Duration.ofSeconds(2));
        this.throttle.failed(attempt); // (an attempt the provider would have refused, counted here on purpose)
        assertThat(this.throttle.waitFor(attempt)).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            this.throttle.failed(attempt);
        }
        assertThat(this.throttle.waitFor(attempt)).isEqualTo(Duration.ofMinutes(15));
        this.clock.advance(Duration.ofMinutes(15));
        assertThat(this.throttle.waitFor(attempt))
                .as("a capped delay, never a lock")
                .isZero();
        assertThat(this.throttle.waitFor(from("jo", "10.0.0.2")))
                .as("nor is any other place once the longest wait has passed")
                .isZero();
    }

    @Test
    void failuresAreForgottenAfterADay() {
        SignInThrottle.Attempt attempt = from("sam", "10.0.1.1");
        for (int i = 0; i < 12; i++) {
            this.throttle.failed(attempt);
        }
        assertThat(this.throttle.waitFor(attempt)).isPositive();

        this.clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(this.throttle.waitFor(attempt)).isZero();
        assertThat(this.throttle.recentFailures("sam")).isZero();
    }

    @Test
    void anAddressGuessingManyUsernamesIsSlowedDown() {
        for (int i = 0; i < 11; i++) {
            this.throttle.failed(from("guess" + i, "192.0.2.7"));
        }

        assertThat(this.throttle.waitFor(from("someone-else", "192.0.2.7"))).isPositive();
        assertThat(this.throttle.waitFor(from("someone-else", "192.0.2.8"))).isZero();
    }

    @Test
    void guessingOneAccountFromManyAddressesSlowsEveryUnknownPlaceButNotTheOwnersOwn() {
        SignInThrottle.Attempt owner = from("admin", "10.0.2.1");
        this.throttle.succeeded(owner);
        for (int i = 0; i < 100; i++) {
            this.throttle.failed(from("admin", "203.0.113." + i));
        }

        assertThat(this.throttle.waitFor(from("ADMIN ", "198.51.100.1")))
                .as("an address that never signed in to the account")
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(this.throttle.waitFor(owner))
                .as("the owner where they signed in before")
                .isZero();
        assertThat(this.throttle.recentFailures("admin")).isEqualTo(100);
    }

    @Test
    void aKnownDeviceCookieKeepsTheOwnerInFromAnyAddressEvenOneUnderAttack() {
        this.throttle.rememberDevice("kim", "device-token-of-kims-laptop");
        for (int i = 0; i < 50; i++) {
            this.throttle.failed(from("kim", "203.0.113.9"));
            this.throttle.failed(from("kim", "203.0.113." + (100 + i)));
        }

        assertThat(this.throttle.waitFor(from("kim", "203.0.113.9"))).isPositive();
        assertThat(this.throttle.waitFor(
                        new SignInThrottle.Attempt("kim", "203.0.113.9", "device-token-of-kims-laptop")))
                .isZero();
        assertThat(this.throttle.waitFor(new SignInThrottle.Attempt("kim", "203.0.113.9", "a-guessed-token")))
                .as("an unknown token counts as no device")
                .isPositive();
        assertThat(this.throttle.waitFor(
                        new SignInThrottle.Attempt("someone", "203.0.113.9", "device-token-of-kims-laptop")))
                .as("a device is known for the accounts that signed in on it only")
                .isPositive();
    }

    @Test
    void aKnownDeviceHasItsOwnGrowingDelays() {
        this.throttle.rememberDevice("lee", "lees-phone");
        SignInThrottle.Attempt phone = new SignInThrottle.Attempt("lee", "10.0.5.1", "lees-phone");
        for (int i = 0; i < 6; i++) {
            this.throttle.failed(phone);
        }

        assertThat(this.throttle.waitFor(phone)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void successClearsThatPlacesFailures() {
        SignInThrottle.Attempt attempt = from("kim", "10.0.3.1");
        for (int i = 0; i < 7; i++) {
            this.throttle.failed(attempt);
        }
        this.clock.advance(Duration.ofSeconds(2));
        this.throttle.succeeded(attempt);

        this.throttle.failed(attempt);

        assertThat(this.throttle.waitFor(attempt)).isZero();
    }

    @Test
    void anAdministratorLiftsTheBlockOfAnAccount() {
        for (int i = 0; i < 30; i++) {
            this.throttle.failed(from("pat", "203.0.113." + i));
        }
        this.throttle.failed(from("other", "203.0.113.200"));
        assertThat(this.throttle.waitFor(from("pat", "198.51.100.2"))).isPositive();

        this.throttle.lift("Pat");

        assertThat(this.throttle.waitFor(from("pat", "198.51.100.2"))).isZero();
        assertThat(this.throttle.recentFailures("pat")).isZero();
        assertThat(this.throttle.recentFailures("other"))
                .as("other accounts keep theirs")
                .isEqualTo(1);
    }

    @Test
    void knownPlacesAreForgottenAfterNinetyDaysUnused() {
        SignInThrottle.Attempt owner = from("ana", "10.0.4.1");
        this.throttle.succeeded(owner);
        this.clock.advance(Duration.ofDays(91));
        this.throttle.forgetOld();
        for (int i = 0; i < 11; i++) {
            this.throttle.failed(from("ana", "203.0.113." + i));
        }

        assertThat(this.throttle.waitFor(owner)).isPositive();
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
