package com.empowerfitness.guide.scheduling.setup;

import com.empowerfitness.guide.scheduling.DateException;
import com.empowerfitness.guide.scheduling.ExceptionKind;
import com.empowerfitness.guide.scheduling.LocalTimeRange;
import com.empowerfitness.guide.scheduling.ScheduleException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Time off (a holiday or closure: the whole day when no times are given; else only that range) or extra hours
 * on one date.
 */
record ExceptionForm(String date, String kind, String start, String end, String note) {

    static final String NAME = "exceptionForm";

    static ExceptionForm empty() {
        return new ExceptionForm("", ExceptionKind.TIME_OFF.name(), "", "", "");
    }

    static ExceptionForm of(ScheduleException exception) {
        return new ExceptionForm(
                exception.getDate().toString(),
                exception.getKind().name(),
                exception.getStartTime() == null ? "" : exception.getStartTime().toString(),
                exception.getEndTime() == null ? "" : exception.getEndTime().toString(),
                exception.getNote() == null ? "" : exception.getNote());
    }

    record Values(DateException exception, String note) {}

    Values check(FormErrors errors) {
        LocalDate day = errors.date("date", this.date);
        ExceptionKind chosen = null;
        try {
            chosen = ExceptionKind.valueOf(FormErrors.strip(this.kind));
        } catch (IllegalArgumentException ex) {
            errors.reject("kind", "Choose time off or extra hours");
        }
        boolean noTimes = FormErrors.strip(this.start).isEmpty()
                && FormErrors.strip(this.end).isEmpty();
        LocalTimeRange range = null;
        if (noTimes && chosen == ExceptionKind.EXTRA_HOURS) {
            errors.reject("start", "Enter the start of the extra hours");
        } else if (!noTimes) {
            LocalTime from = errors.time("start", this.start, "start");
            LocalTime until = errors.time("end", this.end, "end");
            if (from != null && until != null) {
                if (until.isAfter(from)) {
                    range = new LocalTimeRange(from, until);
                } else {
                    errors.reject("end", "Enter an end after the start");
                }
            }
        }
        String cleanNote = FormErrors.strip(this.note);
        if (cleanNote.length() > 200) {
            errors.reject("note", "Enter a note of at most 200 characters");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Values(new DateException(day, chosen, range), cleanNote.isEmpty() ? null : cleanNote);
    }
}
