package com.empowerfitness.guide.staff;

import com.empowerfitness.guide.cluster.OnPostgreSqlCondition;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** The sign-in throttle's memory on a single instance (H2): lost at restart, which only forgives failures. */
@Component
@Conditional(OnPostgreSqlCondition.Not.class)
class InMemoryLoginAttemptStore implements LoginAttemptStore {

    private final ConcurrentMap<String, Attempts> failures = new ConcurrentHashMap<>();

    private final ConcurrentMap<String, Place> places = new ConcurrentHashMap<>();

    @Override
    public Failures failuresSince(String key, Instant since) {
        Attempts attempts = this.failures.get(key);
        return (attempts == null) ? Failures.NONE : attempts.since(since);
    }

    @Override
    public void recordFailure(String key, String account, Instant at) {
        this.failures.computeIfAbsent(key, (k) -> new Attempts(account)).add(at);
    }

    @Override
    public void clear(String key) {
        this.failures.remove(key);
    }

    @Override
    public void clearAccount(String account) {
        this.failures.values().removeIf((attempts) -> Objects.equals(attempts.account, account));
    }

    @Override
    public boolean isKnownPlace(String place, Instant since) {
        Place known = this.places.get(place);
        return known != null && !known.seen().isBefore(since);
    }

    @Override
    public void rememberPlace(String place, String account, Instant at) {
        this.places.merge(
                place, new Place(account, at), (old, now) -> old.seen().isAfter(at) ? old : now);
    }

    @Override
    public void forget(Instant failuresBefore, Instant placesBefore) {
        this.failures.values().removeIf((attempts) -> attempts.dropBefore(failuresBefore));
        this.places.values().removeIf((place) -> place.seen().isBefore(placesBefore));
    }

    private record Place(String account, Instant seen) {}

    private static final class Attempts {

        private final String account;

        private final Deque<Instant> times = new ArrayDeque<>();

        Attempts(String account) {
            this.account = account;
        }

        synchronized void add(Instant at) {
            this.times.addLast(at);
        }

        synchronized Failures since(Instant since) {
            int count = 0;
            Instant latest = null;
            for (Instant time : this.times) {
                if (!time.isBefore(since)) {
                    count++;
                    latest = (latest == null || time.isAfter(latest)) ? time : latest;
                }
            }
            return new Failures(count, latest);
        }

        /** Drops old failures; true when none is left. */
        synchronized boolean dropBefore(Instant before) {
            this.times.removeIf((time) -> time.isBefore(before));
            return this.times.isEmpty();
        }
    }
}
