package com.empowerfitness.guide.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Free times as a pure function of hours, exceptions, existing appointments, rules, the current instant and the
 * clinic's zone: no database, no Spring, no system clock.
 *
 * <p>Times are generated as wall-clock times in the clinic's zone, then turned into instants: a local time that
 * does not exist (the hour skipped when clocks go forward) is no slot; a local time that happens twice (the
 * hour repeated when clocks go back) is one slot, at its first occurrence; a 9:00 opening is 9:00 local on
 * either side of a change. Durations are real elapsed time, so an appointment across a change lasts as long as
 * any other.
 */
public final class SlotFinder {

    private SlotFinder() {}

    /** What to search: who, for how long, and which dates (the clinic's local dates, end excluded). */
    public record Query(
            List<TherapistAvailability> therapists,
            List<BusyInterval> busy,
            Duration duration,
            Duration bufferAfter,
            LocalDate from,
            LocalDate until) {}

    public static List<FreeSlot> find(Query query, SchedulingRules rules, Instant now, ZoneId zone) {
        Instant earliest = now.plus(rules.minNotice());
        Instant latest = now.plus(Duration.ofDays(rules.horizonDays()));
        List<FreeSlot> free = new ArrayList<>();
        for (TherapistAvailability therapist : query.therapists()) {
            for (LocalDate date = query.from(); date.isBefore(query.until()); date = date.plusDays(1)) {
                for (LocalTimeRange range : therapist.rangesOn(date)) {
                    Instant rangeEnd = ZonedDateTime.ofLocal(date.atTime(range.end()), zone, null)
                            .toInstant();
                    for (LocalTime time = range.start();
                            time.isBefore(range.end());
                            time = next(time, rules.slotStep())) {
                        LocalDateTime local = date.atTime(time);
                        if (zone.getRules().getValidOffsets(local).isEmpty()) {
                            continue; // skipped by a daylight-saving change: this time never happens
                        }
                        ZonedDateTime start = ZonedDateTime.ofLocal(local, zone, null); // earlier offset if twice
                        Instant startInstant = start.toInstant();
                        Instant end = startInstant.plus(query.duration());
                        Instant blockedUntil = end.plus(query.bufferAfter());
                        if (end.isAfter(rangeEnd) || startInstant.isBefore(earliest) || startInstant.isAfter(latest)) {
                            continue;
                        }
                        if (isBusy(query.busy(), therapist.therapistId(), startInstant, blockedUntil)) {
                            continue;
                        }
                        free.add(new FreeSlot(
                                therapist.therapistId(), therapist.displayName(), start, end.atZone(zone)));
                    }
                }
            }
        }
        free.sort(Comparator.comparing((FreeSlot slot) -> slot.start().toInstant())
                .thenComparing(FreeSlot::therapistName)
                .thenComparingLong(FreeSlot::therapistId));
        return free;
    }

    /** The next step in local time, or the end of day (which no range reaches past) when it wraps. */
    private static LocalTime next(LocalTime time, Duration step) {
        LocalTime next = time.plus(step);
        return next.isAfter(time) ? next : LocalTime.MAX;
    }

    private static boolean isBusy(List<BusyInterval> busy, long therapistId, Instant start, Instant end) {
        for (BusyInterval interval : busy) {
            if (interval.overlaps(therapistId, start, end)) {
                return true;
            }
        }
        return false;
    }
}
