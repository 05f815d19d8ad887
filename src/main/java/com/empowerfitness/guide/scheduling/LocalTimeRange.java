package com.empowerfitness.guide.scheduling;

import java.time.LocalTime;

/** A range of wall-clock time within one day in the clinic's zone, start included, end excluded. */
public record LocalTimeRange(LocalTime start, LocalTime end) {

    public LocalTimeRange {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a time range must end after it starts");
        }
    }

    public static LocalTimeRange of(String start, String end) {
        return new LocalTimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    boolean overlaps(LocalTimeRange other) {
        return this.start.isBefore(other.end) && other.start.isBefore(this.end);
    }
}
