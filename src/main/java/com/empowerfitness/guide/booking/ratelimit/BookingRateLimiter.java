package com.empowerfitness.guide.booking.ratelimit;

import java.time.Duration;

/**
 * Limits how many requests one client address may send per window. Behind an interface so that several
 * instances can share a limit (bucket4j's database-backed buckets) without touching the controller.
 */
public interface BookingRateLimiter {

    /** Takes one permit for this client, or says how long until the next one. */
    Decision tryAcquire(String clientAddress);

    record Decision(boolean allowed, Duration retryAfter) {}
}
