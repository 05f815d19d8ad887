package com.empowerfitness.guide.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark (bench/slots.sh runs it, not a test): a week of free times for 5 therapists with 2,000 existing
 * bookings spread over the 60-day horizon, as the slot finder computes it for the times page. Prints the median
 * and 99th percentile of many runs after a warm-up.
 */
public final class SlotFinderBench {

    private SlotFinderBench() {}

    public static void main(String[] args) {
        ZoneId zone = ZoneId.of("America/New_York");
        Instant now = LocalDate.of(2027, 3, 1).atStartOfDay(zone).toInstant();
        List<TherapistAvailability> therapists = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            Map<DayOfWeek, List<LocalTimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : Arrays.copyOfRange(DayOfWeek.values(), 0, 5)) {
                weekly.put(day, List.of(LocalTimeRange.of("09:00", "12:00"), LocalTimeRange.of("13:00", "17:00")));
            }
            therapists.add(new TherapistAvailability(t, "Therapist " + t, weekly, List.of()));
        }
        Random random = new Random(42);
        List<BusyInterval> busy = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            LocalDate day = LocalDate.of(2027, 3, 1).plusDays(random.nextInt(60));
            Instant start = day.atTime(9 + random.nextInt(8), 15 * random.nextInt(4))
                    .atZone(zone)
                    .toInstant();
            busy.add(new BusyInterval(1 + random.nextInt(5), start, start.plus(Duration.ofMinutes(60))));
        }
        SlotFinder.Query query = new SlotFinder.Query(
                therapists,
                busy,
                Duration.ofMinutes(45),
                Duration.ofMinutes(15),
                LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 22));
        int warmup = 2000;
        int runs = 5000;
        long[] nanos = new long[runs];
        int slots = 0;
        for (int i = 0; i < warmup + runs; i++) {
            long started = System.nanoTime();
            slots = SlotFinder.find(query, SchedulingRules.defaults(), now, zone)
                    .size();
            if (i >= warmup) {
                nanos[i - warmup] = System.nanoTime() - started;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "week of free times: 5 therapists, %d bookings in the horizon (all passed to the finder), %d free times;"
                        + " %d runs: p50 %.3f ms, p99 %.3f ms%n",
                busy.size(), slots, runs, nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6);
    }
}
