package com.empowerfitness.guide.scheduling;

import java.time.Instant;

/** Time a therapist is taken: an appointment from its start to the end of its buffer. */
public record BusyInterval(long therapistId, Instant start, Instant end) {

    boolean overlaps(long therapist, Instant otherStart, Instant otherEnd) {
        return this.therapistId == therapist && this.start.isBefore(otherEnd) && otherStart.isBefore(this.end);
    }
}
