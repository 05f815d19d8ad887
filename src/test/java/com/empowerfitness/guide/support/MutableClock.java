package com.empowerfitness.guide.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests set by hand, to step across publish_at and expires_at without waiting. */
public class MutableClock extends Clock {

    private volatile Instant instant;

    private final ZoneId zone;

    public MutableClock(LocalDateTime start) {
        this.zone = ZoneOffset.UTC;
        this.instant = start.toInstant(ZoneOffset.UTC);
    }

    public void set(LocalDateTime time) {
        this.instant = time.toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock keeps UTC");
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
