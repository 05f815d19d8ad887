package com.empowerfitness.guide.scheduling.book;

import com.empowerfitness.guide.i18n.DateWords;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.ClinicZone;
import com.empowerfitness.guide.scheduling.FreeSlot;
import com.empowerfitness.guide.scheduling.SchedulingService;
import com.empowerfitness.guide.scheduling.TypeTexts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A week of free times for the booking and move pages: grouped by day, with the weeks either side. */
@Component
public class WeekOfTimes {

    private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US);

    private final SchedulingService scheduling;

    private final ClinicZone zone;

    private final TypeTexts texts;

    WeekOfTimes(SchedulingService scheduling, ClinicZone zone, TypeTexts texts) {
        this.scheduling = scheduling;
        this.zone = zone;
        this.texts = texts;
    }

    /** The Monday of the week asked for ({@code YYYY-MM-DD}, any day of it), or this week; never before it. */
    public LocalDate parseWeek(String week) {
        LocalDate thisWeek = thisWeek();
        if (week == null) {
            return thisWeek;
        }
        try {
            LocalDate monday = LocalDate.parse(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return monday.isBefore(thisWeek) ? thisWeek : monday;
        } catch (DateTimeParseException ex) {
            return thisWeek;
        }
    }

    private LocalDate thisWeek() {
        return this.scheduling.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public void addTo(Model model, AppointmentType type, LocalDate monday, Long ignoreAppointment) {
        LocalDate last = this.scheduling.lastBookableDate();
        List<FreeSlot> slots = this.scheduling.freeSlots(type, monday, monday.plusDays(7), null, ignoreAppointment);
        model.addAttribute("type", type);
        model.addAttribute("typeWords", this.texts.words(type));
        model.addAttribute("days", byDay(slots));
        // With one therapist their name in every time is clutter for the eye; it stays in each label's words.
        model.addAttribute(
                "severalTherapists",
                slots.stream().map(FreeSlot::therapistId).distinct().count() > 1);
        model.addAttribute("weekStart", monday.toString());
        Locale locale = LocaleContextHolder.getLocale();
        ZonedDateTime first = monday.atStartOfDay(this.zone.zone());
        model.addAttribute(
                "weekLabel",
                locale.getLanguage().equals("en")
                        ? WEEK_LABEL.format(monday) + " to " + WEEK_LABEL.format(monday.plusDays(6))
                        : DateWords.date(first, locale) + " – " + DateWords.date(first.plusDays(6), locale));
        model.addAttribute("zoneName", DateWords.zone(this.zone.zone(), locale));
        model.addAttribute(
                "previousWeek", monday.isAfter(thisWeek()) ? monday.minusDays(7).toString() : null);
        model.addAttribute(
                "nextWeek",
                monday.plusDays(7).isAfter(last) ? null : monday.plusDays(7).toString());
    }

    public List<DayGroup> byDay(List<FreeSlot> slots) {
        Map<String, List<SlotView>> days = new LinkedHashMap<>();
        for (FreeSlot slot : slots) {
            SlotView view = SlotView.of(slot, this.zone);
            days.computeIfAbsent(
                            DateWords.dayAndDate(slot.start(), LocaleContextHolder.getLocale()),
                            (day) -> new ArrayList<>())
                    .add(view);
        }
        return days.entrySet().stream()
                .map((entry) -> new DayGroup(entry.getKey(), entry.getValue()))
                .toList();
    }
}
