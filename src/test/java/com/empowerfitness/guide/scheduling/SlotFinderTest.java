package com.empowerfitness.guide.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slot finder alone: no Spring, no database, a fixed "now". */
class SlotFinderTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    static final Duration MINUTES_20 = Duration.ofMinutes(20);

    static final Duration MINUTES_45 = Duration.ofMinutes(45);

    static final SchedulingRules RULES = SchedulingRules.defaults();

    /** Dr. Ezra Miller's seeded week: Monday to Friday 9-12 and 13-17. */
    static Map<DayOfWeek, List<LocalTimeRange>> weekdays() {
        Map<DayOfWeek, List<LocalTimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            weekly.put(day, List.of(LocalTimeRange.of("09:00", "12:00"), LocalTimeRange.of("13:00", "17:00")));
        }
        return weekly;
    }

    static Map<DayOfWeek, List<LocalTimeRange>> everyDay(String start, String end) {
        Map<DayOfWeek, List<LocalTimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(LocalTimeRange.of(start, end)));
        }
        return weekly;
    }

    static TherapistAvailability miller(List<DateException> exceptions) {
        return new TherapistAvailability(1, "Dr. Ezra Miller", weekdays(), exceptions);
    }

    static List<FreeSlot> find(
            List<TherapistAvailability> therapists,
            List<BusyInterval> busy,
            Duration duration,
            Duration buffer,
            LocalDate from,
            LocalDate until,
            Instant now,
            ZoneId zone) {
        return SlotFinder.find(new SlotFinder.Query(therapists, busy, duration, buffer, from, until), RULES, now, zone);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static List<LocalTime> localTimes(List<FreeSlot> slots) {
        return slots.stream().map((slot) -> slot.start().toLocalTime()).toList();
    }

    @Test
    void aWeekdayOffersQuarterHourStartsThatFitBeforeLunchAndClosing() {
        LocalDate monday = LocalDate.of(2027, 3, 15);
        List<FreeSlot> slots = find(
                List.of(miller(List.of())),
                List.of(),
                MINUTES_45,
                Duration.ZERO,
                monday,
                monday.plusDays(1),
                at("2027-03-10T08:00", NEW_YORK),
                NEW_YORK);

        assertThat(localTimes(slots))
                .startsWith(LocalTime.of(9, 0), LocalTime.of(9, 15))
                .contains(LocalTime.of(11, 15), LocalTime.of(13, 0), LocalTime.of(16, 15))
                .doesNotContain(LocalTime.of(11, 30), LocalTime.of(12, 0), LocalTime.of(16, 30));
        // 9:00-11:15 is 10 starts, 13:00-16:15 is 14 starts.
        assertThat(slots).hasSize(24);
        assertThat(slots.get(0).start().toOffsetDateTime().toString()).isEqualTo("2027-03-15T09:00-04:00");
        assertThat(slots.get(0).end().toLocalTime()).isEqualTo(LocalTime.of(9, 45));
    }

    @Test
    void weekendsHaveNoTimesAndTheResultIsSortedByStart() {
        LocalDate saturday = LocalDate.of(2027, 3, 13);
        List<FreeSlot> slots = find(
                List.of(miller(List.of())),
                List.of(),
                MINUTES_20,
                Duration.ZERO,
                saturday,
                saturday.plusDays(3),
                at("2027-03-01T08:00", NEW_YORK),
                NEW_YORK);

        assertThat(slots).allMatch((slot) -> slot.start().toLocalDate().equals(saturday.plusDays(2)));
        assertThat(slots).isSortedAccordingTo((x, y) -> x.start().compareTo(y.start()));
    }

    @Test
    void springForwardInNewYorkHasNoSlotAtATimeThatDoesNotExistAndNineStaysNine() {
        LocalDate change = LocalDate.of(2027, 3, 14); // a Sunday: 2:00 becomes 3:00
        TherapistAvailability early = new TherapistAvailability(2, "Night owl", everyDay("00:00", "05:00"), List.of());
        List<FreeSlot> slots = find(
                List.of(early),
                List.of(),
                MINUTES_20,
                Duration.ZERO,
                change,
                change.plusDays(1),
                at("2027-03-01T08:00", NEW_YORK),
                NEW_YORK);

        assertThat(localTimes(slots))
                .noneMatch((time) -> time.getHour() == 2)
                .contains(LocalTime.of(1, 45), LocalTime.of(3, 0));
        assertThat(slots).extracting(FreeSlot::start).doesNotHaveDuplicates();
        // 0:00-1:45 is 8 starts, 3:00-4:30 is 7 (4:45 would end after 5:00); 2:00-2:45 never happens.
        assertThat(slots).hasSize(15);
        assertThat(Duration.between(
                        slots.get(7).start().toInstant(), slots.get(8).start().toInstant()))
                .as("1:45 EST to 3:00 EDT is a quarter hour of real time")
                .isEqualTo(Duration.ofMinutes(15));

        List<FreeSlot> mondayAfter = find(
                List.of(miller(List.of())),
                List.of(),
                MINUTES_20,
                Duration.ZERO,
                change.minusDays(3),
                change.plusDays(2),
                at("2027-03-01T08:00", NEW_YORK),
                NEW_YORK);
        assertThat(mondayAfter.stream()
                        .filter((slot) -> slot.start().toLocalTime().equals(LocalTime.of(9, 0)))
                        .map((slot) -> slot.start().toOffsetDateTime().toString()))
                .containsExactly("2027-03-11T09:00-05:00", "2027-03-12T09:00-05:00", "2027-03-15T09:00-04:00");
    }

    @Test
    void fallBackInNewYorkOffersTheRepeatedHourOnceAndNineStaysNine() {
        LocalDate change = LocalDate.of(2026, 11, 1); // a Sunday: 2:00 EDT becomes 1:00 EST
        TherapistAvailability early = new TherapistAvailability(2, "Night owl", everyDay("00:00", "04:00"), List.of());
        List<FreeSlot> slots = find(
                List.of(early),
                List.of(),
                MINUTES_20,
                Duration.ZERO,
                change,
                change.plusDays(1),
                at("2026-10-20T08:00", NEW_YORK),
                NEW_YORK);

        assertThat(localTimes(slots)).doesNotHaveDuplicates();
        assertThat(localTimes(slots).stream().filter((time) -> time.getHour() == 1))
                .containsExactly(LocalTime.of(1, 0), LocalTime.of(1, 15), LocalTime.of(1, 30), LocalTime.of(1, 45));
        assertThat(slots.stream()
                        .filter((slot) -> slot.start().getHour() == 1)
                        .map((slot) -> slot.start().getOffset().toString()))
                .as("the first 1:00-1:59, daylight time")
                .containsOnly("-04:00");
        // 0:00 to 3:30 local, each once: 15 starts, although five real hours pass between 0:00 and 4:00.
        assertThat(slots).hasSize(15);

        List<FreeSlot> aroundTheChange = find(
                List.of(miller(List.of())),
                List.of(),
                MINUTES_45,
                Duration.ZERO,
                LocalDate.of(2026, 10, 30),
                LocalDate.of(2026, 11, 3),
                at("2026-10-20T08:00", NEW_YORK),
                NEW_YORK);
        assertThat(aroundTheChange.stream()
                        .filter((slot) -> slot.start().toLocalTime().equals(LocalTime.of(9, 0)))
                        .map((slot) -> slot.start().toOffsetDateTime().toString()))
                .containsExactly("2026-10-30T09:00-04:00", "2026-11-02T09:00-05:00");
    }

    @Test
    void aZoneWithoutDaylightSavingKeepsEveryHourOnTheUsualChangeDates() {
        for (LocalDate day : List.of(LocalDate.of(2027, 3, 14), LocalDate.of(2026, 11, 1))) {
            List<FreeSlot> slots = find(
                    List.of(new TherapistAvailability(3, "Desert", everyDay("00:00", "04:00"), List.of())),
                    List.of(),
                    MINUTES_20,
                    Duration.ZERO,
                    day,
                    day.plusDays(1),
                    day.minusDays(10).atStartOfDay(PHOENIX).toInstant(),
                    PHOENIX);

            assertThat(slots).hasSize(15);
            assertThat(slots)
                    .allMatch((slot) -> slot.start().getOffset().toString().equals("-07:00"));
            assertThat(localTimes(slots)).contains(LocalTime.of(1, 30), LocalTime.of(2, 0), LocalTime.of(2, 30));
        }
    }

    @Test
    void existingAppointmentsAndTheirBufferBlockOverlappingStarts() {
        LocalDate monday = LocalDate.of(2027, 3, 15);
        // 45 minutes at 10:00 plus a 15-minute buffer: 10:00-11:00 is taken.
        BusyInterval booked = new BusyInterval(1, at("2027-03-15T10:00", NEW_YORK), at("2027-03-15T11:00", NEW_YORK));
        List<FreeSlot> slots = find(
                List.of(miller(List.of())),
                List.of(
                        booked,
                        new BusyInterval(99, at("2027-03-15T09:00", NEW_YORK), at("2027-03-15T17:00", NEW_YORK))),
                MINUTES_45,
                Duration.ofMinutes(15),
                monday,
                monday.plusDays(1),
                at("2027-03-10T08:00", NEW_YORK),
                NEW_YORK);

        assertThat(localTimes(slots))
                .contains(LocalTime.of(9, 0), LocalTime.of(11, 0))
                .as("9:15 + 45 + 15 buffer would reach 10:15")
                .doesNotContain(LocalTime.of(9, 15), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 45));
    }

    @Test
    void minimumNoticeAndHorizonLimitTheOfferedTimes() {
        LocalDate monday = LocalDate.of(2027, 3, 15);
        Instant now = at("2027-03-15T09:10", NEW_YORK);
        List<FreeSlot> today = find(
                List.of(miller(List.of())),
                List.of(),
                MINUTES_20,
                Duration.ZERO,
                monday,
                monday.plusDays(1),
                now,
                NEW_YORK);
        assertThat(today.get(0).start().toLocalTime())
                .as("two hours' notice from 9:10")
                .isEqualTo(LocalTime.of(11, 15));

        List<FreeSlot> far = find(
                List.of(miller(List.of())),
                List.of(),
                MINUTES_20,
                Duration.ZERO,
                monday.plusDays(59),
                monday.plusDays(62),
                now,
                NEW_YORK);
        assertThat(far)
                .isNotEmpty()
                .allMatch((slot) -> !slot.start().toInstant().isAfter(now.plus(Duration.ofDays(60))));
        assertThat(far.get(far.size() - 1).start().toLocalDate()).isEqualTo(monday.plusDays(60));
    }

    @Test
    void timeOffAndExtraHoursOnADateChangeThatDateOnly() {
        LocalDate monday = LocalDate.of(2027, 3, 15);
        LocalDate tuesday = monday.plusDays(1);
        LocalDate saturday = monday.plusDays(5);
        TherapistAvailability therapist = miller(List.of(
                DateException.dayOff(monday),
                new DateException(tuesday, ExceptionKind.TIME_OFF, LocalTimeRange.of("13:00", "15:00")),
                new DateException(saturday, ExceptionKind.EXTRA_HOURS, LocalTimeRange.of("10:00", "11:00"))));
        List<FreeSlot> slots = find(
                List.of(therapist),
                List.of(),
                MINUTES_20,
                Duration.ZERO,
                monday,
                monday.plusDays(7),
                at("2027-03-10T08:00", NEW_YORK),
                NEW_YORK);

        assertThat(slots).noneMatch((slot) -> slot.start().toLocalDate().equals(monday));
        assertThat(slots.stream()
                        .filter((slot) -> slot.start().toLocalDate().equals(tuesday))
                        .map((slot) -> slot.start().toLocalTime()))
                .contains(LocalTime.of(11, 30), LocalTime.of(15, 0))
                .doesNotContain(LocalTime.of(13, 0), LocalTime.of(14, 45));
        assertThat(slots.stream()
                        .filter((slot) -> slot.start().toLocalDate().equals(saturday))
                        .map((slot) -> slot.start().toLocalTime()))
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 15), LocalTime.of(10, 30));
        assertThat(slots.stream().filter((slot) -> slot.start().toLocalDate().equals(monday.plusDays(2))))
                .hasSize(26);
    }

    @Test
    void twoTherapistsAtTheSameTimeAreTwoSlots() {
        LocalDate monday = LocalDate.of(2027, 3, 15);
        List<FreeSlot> slots = find(
                List.of(miller(List.of()), new TherapistAvailability(2, "Dr. Second", weekdays(), List.of())),
                List.of(),
                MINUTES_20,
                Duration.ZERO,
                monday,
                monday.plusDays(1),
                at("2027-03-10T08:00", NEW_YORK),
                NEW_YORK);

        assertThat(slots.subList(0, 2))
                .extracting(FreeSlot::therapistName)
                .containsExactly("Dr. Ezra Miller", "Dr. Second");
        assertThat(slots.get(0).start()).isEqualTo(slots.get(1).start());
    }

    @Test
    void slotUnitsCoverTheAppointmentAndItsBufferOnAFiveMinuteGrid() {
        Instant start = at("2027-03-15T09:00", NEW_YORK);
        assertThat(SlotUnits.covering(start, start.plus(Duration.ofMinutes(60))))
                .hasSize(12)
                .startsWith(start)
                .endsWith(start.plus(Duration.ofMinutes(55)));
        assertThat(SlotUnits.covering(start.plusSeconds(60), start.plus(Duration.ofMinutes(11))))
                .containsExactly(start, start.plus(Duration.ofMinutes(5)), start.plus(Duration.ofMinutes(10)));
    }

    @Test
    void slotKeysRoundTripAndRejectGarbage() {
        ZonedDateTime start = ZonedDateTime.of(2027, 3, 15, 9, 0, 0, 0, NEW_YORK);
        FreeSlot slot = new FreeSlot(7, "Dr. Ezra Miller", start, start.plusMinutes(20));
        assertThat(slot.key()).isEqualTo("7@2027-03-15T13:00:00Z");
        assertThat(SlotKey.parse(slot.key())).contains(new SlotKey(7, start.toInstant()));
        assertThat(SlotKey.parse("x@2027")).isEmpty();
        assertThat(SlotKey.parse("@2027-03-15T13:00:00Z")).isEmpty();
        assertThat(SlotKey.parse(null)).isEmpty();
    }

    @Test
    void rulesRefuseAStepOffTheFiveMinuteGrid() {
        assertThatThrownBy(() -> new SchedulingRules(Duration.ofHours(2), 60, Duration.ofMinutes(7), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slot-step");
    }
}
