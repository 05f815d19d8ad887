package com.empowerfitness.guide.scheduling;

import java.time.LocalDate;

/** Time off or extra hours on one date; a time off without a range is the whole day. */
public record DateException(LocalDate date, ExceptionKind kind, LocalTimeRange range) {

    public DateException {
        if (kind == ExceptionKind.EXTRA_HOURS && range == null) {
            throw new IllegalArgumentException("extra hours need a time range");
        }
    }

    public static DateException dayOff(LocalDate date) {
        return new DateException(date, ExceptionKind.TIME_OFF, null);
    }
}
