package com.empowerfitness.guide.scheduling;

import java.time.ZonedDateTime;

/** A time a patient can book: start and end in the clinic's zone, with the therapist. */
public record FreeSlot(long therapistId, String therapistName, ZonedDateTime start, ZonedDateTime end) {

    /** What a form posts for this time: therapist and the start instant, e.g. {@code 1@2027-03-15T13:00:00Z}. */
    public String key() {
        return SlotKey.of(this.therapistId, this.start.toInstant()).value();
    }
}
