package com.empowerfitness.guide.scheduling;

import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The appointment as an iCalendar file (RFC 5545, iTIP methods of RFC 5546), built with ical4j. The UID is the
 * appointment's for its whole life: a move is the same event with a higher SEQUENCE, a cancellation is
 * METHOD:CANCEL of it. Times are UTC instants, so no calendar can read them in a wrong zone. No health details.
 */
public final class AppointmentCalendar {

    public static final String CONTENT_TYPE_REQUEST = "text/calendar; charset=UTF-8; method=REQUEST";

    public static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";

    private AppointmentCalendar() {}

    /**
     * What the event says; {@code about} (the appointment type's description, first in the event's description)
     * and {@code manageUrl} may be null.
     */
    public record Event(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            String about,
            String place,
            String reference,
            String clinicPhone,
            String clinicEmail,
            String patientEmail,
            String manageUrl,
            Instant stamp) {}

    /**
     * The event's words in the patient's language, each with {@code {0}} where its value goes: "Reference: {0}",
     * "To cancel or change: {0}", "Clinic: {0}" and "Cancelled: {0}" (the summary of a cancelled event).
     */
    public record Words(String reference, String change, String clinic, String cancelled) {

        static final Words ENGLISH =
                new Words("Reference: {0}", "To cancel or change: {0}", "Clinic: {0}", "Cancelled: {0}");

        static String fill(String words, String value) {
            return words.replace("{0}", value);
        }
    }

    public static String request(Event event) {
        return build(event, false, Words.ENGLISH);
    }

    public static String cancel(Event event) {
        return build(event, true, Words.ENGLISH);
    }

    public static String request(Event event, Words words) {
        return build(event, false, words);
    }

    public static String cancel(Event event, Words words) {
        return build(event, true, words);
    }

    private static String build(Event event, boolean cancel, Words words) {
        StringBuilder description = new StringBuilder();
        if (event.about() != null) {
            description.append(event.about()).append('\n');
        }
        description.append(Words.fill(words.reference(), event.reference()));
        if (event.manageUrl() != null && !cancel) {
            description.append('\n').append(Words.fill(words.change(), event.manageUrl()));
        }
        description.append('\n').append(Words.fill(words.clinic(), event.clinicPhone()));
        VEvent vevent = new VEvent(false);
        vevent.add(new DtStamp(event.stamp()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new DtStart<>(event.start()));
        vevent.add(new DtEnd<>(event.end()));
        vevent.add(new Summary(cancel ? Words.fill(words.cancelled(), event.summary()) : event.summary()));
        vevent.add(new Location(event.place()));
        vevent.add(new Description(description.toString()));
        vevent.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Organizer(URI.create("mailto:" + event.clinicEmail())));
        if (event.patientEmail() != null) {
            vevent.add(new Attendee(URI.create("mailto:" + event.patientEmail().replace(" ", ""))));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Empower Fitness//Patient guide scheduling//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(vevent);
        return calendar.toString();
    }
}
