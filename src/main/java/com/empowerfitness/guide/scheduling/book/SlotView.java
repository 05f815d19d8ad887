package com.empowerfitness.guide.scheduling.book;

import com.empowerfitness.guide.i18n.DateWords;
import com.empowerfitness.guide.scheduling.ClinicZone;
import com.empowerfitness.guide.scheduling.FreeSlot;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A free time as the pages show it: the radio's value, an id, and the words of its label (day, date, time, zone,
 * therapist), with the ISO local date-time and offset for {@code <time datetime>}.
 */
public record SlotView(
        String value,
        String id,
        String day,
        String date,
        String time,
        String zone,
        String therapist,
        String datetime,
        String dayKey) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.US);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    public static SlotView of(FreeSlot slot, String zoneName) {
        return new SlotView(
                slot.key(),
                "slot-" + slot.therapistId() + "-" + slot.start().toEpochSecond(),
                DAY.format(slot.start()),
                DATE.format(slot.start()),
                TIME.format(slot.start()),
                zoneName,
                slot.therapistName(),
                ISO_MINUTES.format(slot.start()),
                slot.start().toLocalDate().toString());
    }

    /** In the current request's language (the page's): "martes", "8 de diciembre de 2026", "10:30". */
    public static SlotView of(FreeSlot slot, ClinicZone zone) {
        Locale locale = LocaleContextHolder.getLocale();
        return new SlotView(
                slot.key(),
                "slot-" + slot.therapistId() + "-" + slot.start().toEpochSecond(),
                DateWords.day(slot.start(), locale),
                DateWords.date(slot.start(), locale),
                DateWords.time(slot.start(), locale),
                DateWords.zone(zone.zone(), locale),
                slot.therapistName(),
                ISO_MINUTES.format(slot.start()),
                slot.start().toLocalDate().toString());
    }

    /** "Monday 15 March 2027, 9:00 AM Eastern Time, with Dr. Ezra Miller" (for summaries and emails). */
    public String words() {
        return this.day + " " + this.date + ", " + this.time + " " + this.zone + ", with " + this.therapist;
    }
}
