package com.empowerfitness.guide.staff;

import com.empowerfitness.guide.cluster.OnPostgreSqlCondition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** 5 failures within 15 minutes for a username or an address block it for 15 minutes. */
@Component
@Conditional(OnPostgreSqlCondition.Not.class)
class InMemoryLoginAttemptStore implements LoginAttemptStore {

    static final int MAX_FAILURES = 5;

    static final Duration WINDOW = Duration.ofMinutes(15);

    static final Duration BLOCK = Duration.ofMinutes(15);

    private final ConcurrentMap<String, Attempts> attempts = new ConcurrentHashMap<>();

    private final Clock clock;

    @Autowired
    InMemoryLoginAttemptStore() {
        this(Clock.systemUTC());
    }

    InMemoryLoginAttemptStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isBlocked(String username, String address) {
        Instant now = this.clock.instant();
        return blocked(userKey(username), now) || blocked(addressKey(address), now);
    }

    @Override
    public void recordFailure(String username, String address) {
        Instant now = this.clock.instant();
        this.attempts
                .computeIfAbsent(userKey(username), (key) -> new Attempts())
                .fail(now);
        this.attempts
                .computeIfAbsent(addressKey(address), (key) -> new Attempts())
                .fail(now);
    }

    /** A good password clears the username's failures, not the address's (one address, many guesses). */
    @Override
    public void recordSuccess(String username, String address) {
        this.attempts.remove(userKey(username));
    }

    @Scheduled(fixedDelay = 15, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void forgetOldFailures() {
        Instant now = this.clock.instant();
        this.attempts.values().removeIf((entry) -> entry.isStale(now));
    }

    private boolean blocked(String key, Instant now) {
        Attempts entry = this.attempts.get(key);
        return entry != null && entry.isBlocked(now);
    }

    private static String userKey(String username) {
        return "user:" + StaffUserDetailsService.normalise(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Attempts {

        private final Deque<Instant> failures = new ArrayDeque<>();

        private Instant blockedUntil = Instant.MIN;

        synchronized void fail(Instant now) {
            this.failures.addLast(now);
            while (!this.failures.isEmpty() && this.failures.peekFirst().isBefore(now.minus(WINDOW))) {
                this.failures.removeFirst();
            }
            if (this.failures.size() >= MAX_FAILURES) {
                this.blockedUntil = now.plus(BLOCK);
                this.failures.clear();
            }
        }

        synchronized boolean isBlocked(Instant now) {
            return now.isBefore(this.blockedUntil);
        }

        synchronized boolean isStale(Instant now) {
            return !isBlocked(now)
                    && (this.failures.isEmpty() || this.failures.peekLast().isBefore(now.minus(WINDOW)));
        }
    }
}
