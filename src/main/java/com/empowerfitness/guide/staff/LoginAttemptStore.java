package com.empowerfitness.guide.staff;

import java.time.Instant;

/**
 * Where the sign-in throttle ({@link SignInThrottle}) keeps failed attempts and the places each account signed
 * in from. Keys are opaque hashes made by the throttle, never a username or address in clear. Behind an
 * interface so that several instances share the counts (a database table, {@link JdbcLoginAttemptStore}) while
 * a single instance on H2 keeps them in memory ({@link InMemoryLoginAttemptStore}); both follow
 * {@code LoginAttemptStoreContract}.
 */
public interface LoginAttemptStore {

    /** How many failures were recorded under {@code key} at or after {@code since}, and the latest. */
    Failures failuresSince(String key, Instant since);

    /** One failure under {@code key}; {@code account} (may be null) lets {@link #clearAccount} find it. */
    void recordFailure(String key, String account, Instant at);

    /** Forgets every failure under {@code key}. */
    void clear(String key);

    /** Forgets every failure recorded with this account (an administrator lifted the block). */
    void clearAccount(String account);

    /** Whether {@code place} was remembered at or after {@code since}. */
    boolean isKnownPlace(String place, Instant since);

    /** Remembers a place (a device or an address) where {@code account} signed in. */
    void rememberPlace(String place, String account, Instant at);

    /** Drops failures older than {@code failuresBefore} and places last seen before {@code placesBefore}. */
    void forget(Instant failuresBefore, Instant placesBefore);

    /** A count of failures and the time of the latest ({@code null} when there is none). */
    record Failures(int count, Instant latest) {

        static final Failures NONE = new Failures(0, null);
    }
}
