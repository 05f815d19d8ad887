package com.empowerfitness.guide.booking.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed choices of the booking form: the values other tools post and the labels people read (the red-flag
 * questions are {@link com.empowerfitness.guide.booking.RedFlag}).
 */
public final class BookingOptions {

    public static final Map<String, String> CONTACT_METHODS = ordered("email", "Email", "phone", "Phone");

    public static final Map<String, String> PREFERRED_TIMES = ordered(
            "weekday-mornings",
            "Weekday mornings",
            "weekday-afternoons",
            "Weekday afternoons",
            "weekday-evenings",
            "Weekday evenings",
            "saturday",
            "Saturday");

    public static final Map<String, String> SYMPTOM_DURATIONS = ordered(
            "less-than-a-week",
            "Less than a week",
            "1-to-6-weeks",
            "1 to 6 weeks",
            "6-to-12-weeks",
            "6 to 12 weeks",
            "more-than-12-weeks",
            "More than 12 weeks",
            "not-sure",
            "I am not sure");

    private BookingOptions() {}

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    public static String label(Map<String, String> options, String value) {
        return value == null ? "" : options.getOrDefault(value, value);
    }
}
