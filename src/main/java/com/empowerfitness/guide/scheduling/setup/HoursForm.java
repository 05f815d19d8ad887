package com.empowerfitness.guide.scheduling.setup;

import com.empowerfitness.guide.scheduling.LocalTimeRange;
import com.empowerfitness.guide.scheduling.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly range: day ({@code MONDAY} ... {@code SUNDAY}), start and end in the clinic's wall-clock time. */
record HoursForm(String day, String start, String end) {

    static final String NAME = "hoursForm";

    static HoursForm empty() {
        return new HoursForm("MONDAY", "09:00", "17:00");
    }

    static HoursForm of(WorkingHours hours) {
        return new HoursForm(
                hours.getDay().name(),
                hours.getStartTime().toString(),
                hours.getEndTime().toString());
    }

    record Values(DayOfWeek day, LocalTimeRange range) {}

    Values check(FormErrors errors) {
        DayOfWeek weekday = null;
        try {
            weekday = DayOfWeek.valueOf(FormErrors.strip(this.day));
        } catch (IllegalArgumentException ex) {
            errors.reject("day", "Choose a day of the week");
        }
        LocalTime from = errors.time("start", this.start, "start");
        LocalTime until = errors.time("end", this.end, "end");
        if (from != null && until != null && !until.isAfter(from)) {
            errors.reject("end", "Enter an end after the start");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Values(weekday, new LocalTimeRange(from, until));
    }
}
