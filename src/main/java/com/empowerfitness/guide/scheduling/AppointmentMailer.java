package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.mail.MailOutbox;
import com.empowerfitness.guide.mail.MailOutboxRepository;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Queues the patient's emails about an appointment in the booking's own transaction, through the mail outbox:
 * confirmation, move and cancellation with the .ics attached, and the reminder. Times are the clinic's local
 * times with the zone's name. No health details: never the red-flag answers or the message, and no urgent mark.
 */
@Component
public class AppointmentMailer {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' h:mm a", Locale.US);

    private final MailOutboxRepository outbox;

    private final GuideProperties properties;

    private final ClinicZone zone;

    private final boolean enabled;

    private final GuideProperties.Scheduling rules;

    AppointmentMailer(
            MailOutboxRepository outbox,
            GuideProperties properties,
            GuideProperties.Scheduling rules,
            ClinicZone zone,
            @Value("${spring.mail.host:}") String mailHost) {
        this.outbox = outbox;
        this.rules = rules;
        this.properties = properties;
        this.zone = zone;
        this.enabled = !mailHost.isBlank();
    }

    /** The patient's words for the time: "Monday 15 March 2027 at 9:00 AM Eastern Time". */
    public String when(Instant start) {
        ZonedDateTime local = start.atZone(this.zone.zone());
        return WHEN.format(local) + " " + this.zone.displayName();
    }

    public String manageUrl(String token) {
        return this.properties.url("/book/manage/" + token);
    }

    /** The .ics of the appointment as it stands (REQUEST, or CANCEL once cancelled). */
    public String ics(Appointment appointment, AppointmentType type, Therapist therapist, String token, Instant now) {
        AppointmentCalendar.Event event = new AppointmentCalendar.Event(
                appointment.calendarUid(host()),
                appointment.getIcsSequence(),
                appointment.getStartsAt(),
                appointment.getEndsAt(),
                type.getName() + " with " + therapist.getDisplayName(),
                type.getPlace(),
                appointment.getReference(),
                this.properties.clinic().phone(),
                this.properties.clinic().email(),
                mailable(appointment.getEmail()),
                token == null ? null : manageUrl(token),
                now);
        return appointment.getStatus() != AppointmentStatus.CANCELLED
                ? AppointmentCalendar.request(event)
                : AppointmentCalendar.cancel(event);
    }

    void confirmed(Appointment appointment, AppointmentType type, Therapist therapist, String token, Instant now) {
        send(
                appointment,
                type,
                therapist,
                token,
                now,
                "Your appointment " + appointment.getReference() + " is booked",
                "Thank you for booking with Empower Fitness. Your appointment is booked.");
    }

    void moved(Appointment appointment, AppointmentType type, Therapist therapist, String token, Instant now) {
        send(
                appointment,
                type,
                therapist,
                token,
                now,
                "Your appointment " + appointment.getReference() + " has moved",
                "Your appointment has moved to a new time. The attached calendar file updates it in your calendar.");
    }

    void cancelled(Appointment appointment, AppointmentType type, Therapist therapist, Instant now) {
        send(
                appointment,
                type,
                therapist,
                null,
                now,
                "Your appointment " + appointment.getReference() + " is cancelled",
                "Your appointment is cancelled. The attached calendar file removes it from your calendar.");
    }

    void reminder(Appointment appointment, AppointmentType type, Therapist therapist, Instant now) {
        if (!this.enabled || appointment.getEmail() == null) {
            return;
        }
        this.outbox.save(MailOutbox.forAppointment(
                appointment.getId(),
                appointment.getEmail(),
                "Reminder: your appointment " + appointment.getReference(),
                body("A reminder of your appointment with Empower Fitness.", appointment, type, therapist, null, true),
                null,
                now));
    }

    private void send(
            Appointment appointment,
            AppointmentType type,
            Therapist therapist,
            String token,
            Instant now,
            String subject,
            String opening) {
        if (!this.enabled || appointment.getEmail() == null) {
            return;
        }
        boolean cancelled = appointment.getStatus() == AppointmentStatus.CANCELLED;
        MailOutbox.Attachment attachment = new MailOutbox.Attachment(
                cancelled ? "cancel-appointment.ics" : "appointment.ics",
                cancelled ? AppointmentCalendar.CONTENT_TYPE_CANCEL : AppointmentCalendar.CONTENT_TYPE_REQUEST,
                ics(appointment, type, therapist, token, now));
        this.outbox.save(MailOutbox.forAppointment(
                appointment.getId(),
                appointment.getEmail(),
                subject,
                body(opening, appointment, type, therapist, token, !cancelled),
                attachment,
                now));
    }

    private String body(
            String opening,
            Appointment appointment,
            AppointmentType type,
            Therapist therapist,
            String token,
            boolean upcoming) {
        StringBuilder body = new StringBuilder(opening).append("\n\n");
        body.append("Reference: ").append(appointment.getReference()).append('\n');
        body.append("Appointment: ")
                .append(type.getName())
                .append(" (")
                .append(type.getDurationMinutes())
                .append(" minutes)\n");
        body.append("With: ").append(therapist.getDisplayName()).append('\n');
        body.append("When: ").append(when(appointment.getStartsAt())).append('\n');
        body.append(type.isPhoneCall() ? "How: " : "Where: ")
                .append(type.getPlace())
                .append("\n\n");
        if (upcoming && token != null) {
            body.append("To cancel or move it, open this link (it is yours alone, do not share it):\n")
                    .append(manageUrl(token))
                    .append("\n\n");
        }
        if (upcoming) {
            body.append("You can cancel or move online until ")
                    .append(humanize(this.rules.cancelCutoff()))
                    .append(" before the start; after that, call ")
                    .append(this.properties.clinic().phone())
                    .append(".\n\n");
        }
        body.append("Questions: call ")
                .append(this.properties.clinic().phone())
                .append(" or email ")
                .append(this.properties.clinic().email())
                .append(" and quote your reference.\n\n")
                .append("If your symptoms get much worse, call your doctor. In an emergency call 911.\n\n")
                .append(this.properties.siteName())
                .append(" physical therapy clinic\n");
        return body.toString();
    }

    /** "24 hours", "90 minutes": a rule's duration as patients read it. */
    public static String humanize(java.time.Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private String host() {
        try {
            String host = URI.create(this.properties.baseUrl()).getHost();
            return host == null ? "empowerfitness.example" : host;
        } catch (IllegalArgumentException ex) {
            return "empowerfitness.example";
        }
    }

    /** An address usable in a mailto: URI, or null. */
    private static String mailable(String email) {
        if (email == null) {
            return null;
        }
        try {
            URI.create("mailto:" + email);
            return email;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
