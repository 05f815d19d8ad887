package com.empowerfitness.guide.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One therapist's weekly hours (several ranges a day) and exceptions by date, in the clinic's zone. */
public record TherapistAvailability(
        long therapistId,
        String displayName,
        Map<DayOfWeek, List<LocalTimeRange>> weekly,
        List<DateException> exceptions) {

    public TherapistAvailability {
        weekly = Map.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
    }

    /** The working ranges on a date: weekly hours plus extra hours, minus time off, sorted and merged. */
    public List<LocalTimeRange> rangesOn(LocalDate date) {
        List<LocalTimeRange> ranges = new ArrayList<>(this.weekly.getOrDefault(date.getDayOfWeek(), List.of()));
        for (DateException exception : this.exceptions) {
            if (exception.date().equals(date) && exception.kind() == ExceptionKind.EXTRA_HOURS) {
                ranges.add(exception.range());
            }
        }
        List<LocalTimeRange> merged = merge(ranges);
        for (DateException exception : this.exceptions) {
            if (exception.date().equals(date) && exception.kind() == ExceptionKind.TIME_OFF) {
                if (exception.range() == null) {
                    return List.of();
                }
                merged = subtract(merged, exception.range());
            }
        }
        return merged;
    }

    private static List<LocalTimeRange> merge(List<LocalTimeRange> ranges) {
        List<LocalTimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(LocalTimeRange::start));
        List<LocalTimeRange> merged = new ArrayList<>();
        for (LocalTimeRange range : sorted) {
            if (!merged.isEmpty()
                    && !range.start().isAfter(merged.get(merged.size() - 1).end())) {
                LocalTimeRange last = merged.remove(merged.size() - 1);
                LocalTime end = range.end().isAfter(last.end()) ? range.end() : last.end();
                merged.add(new LocalTimeRange(last.start(), end));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static List<LocalTimeRange> subtract(List<LocalTimeRange> ranges, LocalTimeRange off) {
        List<LocalTimeRange> result = new ArrayList<>();
        for (LocalTimeRange range : ranges) {
            if (!range.overlaps(off)) {
                result.add(range);
                continue;
            }
            if (range.start().isBefore(off.start())) {
                result.add(new LocalTimeRange(range.start(), off.start()));
            }
            if (off.end().isBefore(range.end())) {
                result.add(new LocalTimeRange(off.end(), range.end()));
            }
        }
        return result;
    }
}
