package com.empowerfitness.guide.i18n;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and times as a patient reads them in their language. English keeps the clinic's own style ("Tuesday 8
 * December 2026 at 10:30 AM"); every other language gets its own conventions from the JDK's locale data (CLDR),
 * so a new language needs no patterns: Spanish reads "martes, 8 de diciembre de 2026, 10:30".
 */
public final class DateWords {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE", Locale.US);

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US);

    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private DateWords() {}

    private static boolean english(Locale locale) {
        return locale == null || locale.getLanguage().equals("en");
    }

    /** "Tuesday", "martes". */
    public static String day(ZonedDateTime time, Locale locale) {
        return english(locale)
                ? EN_DAY.format(time)
                : DateTimeFormatter.ofPattern("EEEE", locale).format(time);
    }

    /** "8 December 2026", "8 de diciembre de 2026". */
    public static String date(ZonedDateTime time, Locale locale) {
        return english(locale)
                ? EN_DATE.format(time)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(time);
    }

    /** A calendar date without a time: "16 June 2026", "16 de junio de 2026". */
    public static String date(LocalDate date, Locale locale) {
        return date(date.atStartOfDay(ZoneOffset.UTC), locale);
    }

    /** "10:30 AM", "10:30". */
    public static String time(ZonedDateTime time, Locale locale) {
        return english(locale)
                ? EN_TIME.format(time)
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(time);
    }

    /** "Tuesday 8 December 2026 at 10:30 AM", "martes, 8 de diciembre de 2026, 10:30". */
    public static String dateTime(ZonedDateTime time, Locale locale) {
        return english(locale)
                ? day(time, locale) + " " + date(time, locale) + " at " + time(time, locale)
                : day(time, locale) + ", " + date(time, locale) + ", " + time(time, locale);
    }

    /** A day heading: "Tuesday 8 December 2026", "martes, 8 de diciembre de 2026". */
    public static String dayAndDate(ZonedDateTime time, Locale locale) {
        return day(time, locale) + (english(locale) ? " " : ", ") + date(time, locale);
    }

    /** The zone's name: "Eastern Time", "hora del este de Norteamérica". */
    public static String zone(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.FULL_STANDALONE, english(locale) ? Locale.US : locale);
    }
}
