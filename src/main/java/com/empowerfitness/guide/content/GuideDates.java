package com.empowerfitness.guide.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the guide writes them everywhere: "16 June 2026", whatever the visitor's browser language. */
public final class GuideDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private GuideDates() {}

    public static String format(LocalDate date) {
        return date == null ? null : FORMAT.format(date);
    }

    /** "1 December 2026, 09:00", in the clinic's zone as editors wrote it. */
    public static String formatDateTime(LocalDateTime dateTime) {
        return dateTime == null ? null : DATE_TIME.format(dateTime);
    }
}
