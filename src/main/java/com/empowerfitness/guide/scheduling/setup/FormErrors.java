package com.empowerfitness.guide.scheduling.setup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field errors of one set-up form, first message per field, in the order they were found (the form's order). */
final class FormErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    void reject(String field, String message) {
        this.errors.putIfAbsent(field, message);
    }

    boolean isEmpty() {
        return this.errors.isEmpty();
    }

    Map<String, String> asMap() {
        return this.errors;
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** A whole number in [min, max] that is a multiple of 5 (the database's five-minute units), or null. */
    Integer minutes(String field, String value, int min, int max, String what) {
        String message = "Enter the " + what + " in minutes: a multiple of 5 from " + min + " to " + max;
        try {
            int minutes = Integer.parseInt(strip(value));
            if (minutes < min || minutes > max || minutes % 5 != 0) {
                reject(field, message);
                return null;
            }
            return minutes;
        } catch (NumberFormatException ex) {
            reject(field, message);
            return null;
        }
    }

    /** A time of day such as 09:00 (what an input of type time posts), on a five-minute boundary, or null. */
    LocalTime time(String field, String value, String what) {
        String message = "Enter the " + what + " as hours and minutes, for example 09:00, on a multiple of 5 minutes";
        try {
            LocalTime time = LocalTime.parse(strip(value));
            if (time.getSecond() != 0 || time.getNano() != 0 || time.getMinute() % 5 != 0) {
                reject(field, message);
                return null;
            }
            return time;
        } catch (DateTimeParseException ex) {
            reject(field, message);
            return null;
        }
    }

    LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(strip(value));
        } catch (DateTimeParseException ex) {
            reject(field, "Enter the date as year, month and day, for example 2027-12-24");
            return null;
        }
    }
}
