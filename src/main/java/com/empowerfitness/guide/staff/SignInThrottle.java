package com.empowerfitness.guide.staff;

import com.empowerfitness.guide.cluster.Hashes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock the real owner out (NIST SP 800-63B 5.2.2, OWASP
 * ASVS 2.2.1 and OWASP's "device cookies"). After a few free failures, each further attempt must wait twice as
 * long as the one before, at most {@link #MAX_DELAY}; an attempt made while waiting is refused unchecked and
 * not counted. Three counts apply, over the last {@link #WINDOW}:
 *
 * <ul>
 *   <li>the account from this place (this browser's device cookie, else this address): {@link #PLACE_FREE};
 *   <li>the address, whatever usernames it tries: {@link #WIDE_FREE};
 *   <li>the account from every place it never signed in from: {@link #WIDE_FREE}, against guessing spread over
 *       many addresses.
 * </ul>
 *
 * A place where the account signed in before (its device cookie, or its address, within {@link #KNOWN_FOR})
 * is judged by its own count only, so failures caused by someone else never slow the owner down there. A
 * successful sign-in clears its place's count; an administrator can clear every count of an account.
 */
@Component
public class SignInThrottle {

    static final int PLACE_FREE = 5;

    static final int WIDE_FREE = 10;

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    static final Duration WINDOW = Duration.ofHours(24);

    static final Duration KNOWN_FOR = Duration.ofDays(90);

    private final LoginAttemptStore store;

    private final Clock clock;

    SignInThrottle(LoginAttemptStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Who tries to sign in, from where; {@code device} is the browser's device cookie, or null. */
    public record Attempt(String username, String address, String device) {

        public Attempt {
            username = StaffUserDetailsService.normalise(username);
            address = (address == null) ? "unknown" : address;
        }
    }

    /** How long this attempt must wait before its password is checked; zero: now. */
    public Duration waitFor(Attempt attempt) {
        Instant now = this.clock.instant();
        Instant allowedAt = now;
        for (Count count : countsFor(attempt, now)) {
            LoginAttemptStore.Failures failures = this.store.failuresSince(count.key(), now.minus(WINDOW));
            if (failures.latest() != null) {
                Instant until = failures.latest().plus(delayAfter(failures.count(), count.free()));
                allowedAt = until.isAfter(allowedAt) ? until : allowedAt;
            }
        }
        return Duration.between(now, allowedAt);
    }

    public void failed(Attempt attempt) {
        Instant now = this.clock.instant();
        String account = accountKey(attempt.username());
        this.store.recordFailure(placeKey(attempt, now), account, now);
        this.store.recordFailure(addressKey(attempt.address()), null, now);
        this.store.recordFailure(account, account, now);
    }

    /** Clears this place's count and remembers the address as one the account signs in from. */
    public void succeeded(Attempt attempt) {
        Instant now = this.clock.instant();
        this.store.clear(pairKey(attempt.username(), attempt.address()));
        if (attempt.device() != null) {
            this.store.clear(deviceKey(attempt.username(), attempt.device()));
        }
        this.store.rememberPlace(
                knownAddressKey(attempt.username(), attempt.address()), accountKey(attempt.username()), now);
    }

    /** Remembers the browser's device cookie as one the account signed in with. */
    public void rememberDevice(String username, String device) {
        String name = StaffUserDetailsService.normalise(username);
        this.store.rememberPlace(knownDeviceKey(name, device), accountKey(name), this.clock.instant());
    }

    /** Failures for the account (from everywhere) within the window, for the administrators' users page. */
    public int recentFailures(String username) {
        String account = accountKey(StaffUserDetailsService.normalise(username));
        return this.store
                .failuresSince(account, this.clock.instant().minus(WINDOW))
                .count();
    }

    /** An administrator lifts the block: every count of the account is cleared (the caller audits it). */
    public void lift(String username) {
        this.store.clearAccount(accountKey(StaffUserDetailsService.normalise(username)));
    }

    @Scheduled(fixedDelay = 15, timeUnit = TimeUnit.MINUTES)
    void forgetOld() {
        Instant now = this.clock.instant();
        this.store.forget(now.minus(WINDOW), now.minus(KNOWN_FOR));
    }

    /** No wait for the first {@code free} failures, then 1 s, 2 s, 4 s ... up to {@link #MAX_DELAY}. */
    static Duration delayAfter(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = failures - free - 1;
        if (doublings >= 30) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
    }

    private record Count(String key, int free) {}

    private List<Count> countsFor(Attempt attempt, Instant now) {
        List<Count> counts = new ArrayList<>();
        counts.add(new Count(placeKey(attempt, now), PLACE_FREE));
        if (!isKnownDevice(attempt, now)
                && !this.store.isKnownPlace(
                        knownAddressKey(attempt.username(), attempt.address()), now.minus(KNOWN_FOR))) {
            counts.add(new Count(addressKey(attempt.address()), WIDE_FREE));
            counts.add(new Count(accountKey(attempt.username()), WIDE_FREE));
        }
        return counts;
    }

    /** The browser's own count when it holds a known device cookie for the account, else the address's. */
    private String placeKey(Attempt attempt, Instant now) {
        return isKnownDevice(attempt, now)
                ? deviceKey(attempt.username(), attempt.device())
                : pairKey(attempt.username(), attempt.address());
    }

    private boolean isKnownDevice(Attempt attempt, Instant now) {
        return attempt.device() != null
                && this.store.isKnownPlace(knownDeviceKey(attempt.username(), attempt.device()), now.minus(KNOWN_FOR));
    }

    private static String accountKey(String username) {
        return Hashes.sha256("account:" + username);
    }

    private static String addressKey(String address) {
        return Hashes.sha256("address:" + address);
    }

    private static String pairKey(String username, String address) {
        return Hashes.sha256("pair:" + username + "\n" + address);
    }

    private static String deviceKey(String username, String device) {
        return Hashes.sha256("device:" + username + "\n" + device);
    }

    private static String knownAddressKey(String username, String address) {
        return Hashes.sha256("known-address:" + username + "\n" + address);
    }

    private static String knownDeviceKey(String username, String device) {
        return Hashes.sha256("known-device:" + username + "\n" + device);
    }
}
