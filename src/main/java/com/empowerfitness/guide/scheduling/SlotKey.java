package com.empowerfitness.guide.scheduling;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A chosen time as a form value: {@code therapistId@startInstant}. Anything else parses to empty. */
public record SlotKey(long therapistId, Instant start) {

    public static SlotKey of(long therapistId, Instant start) {
        return new SlotKey(therapistId, start);
    }

    public String value() {
        return this.therapistId + "@" + this.start;
    }

    public static Optional<SlotKey> parse(String value) {
        if (value == null || value.length() > 60) {
            return Optional.empty();
        }
        int at = value.indexOf('@');
        if (at < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new SlotKey(Long.parseLong(value.substring(0, at)), Instant.parse(value.substring(at + 1))));
        } catch (NumberFormatException | DateTimeParseException ex) {
            return Optional.empty();
        }
    }
}
