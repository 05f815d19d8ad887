package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.i18n.DateWords;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import com.empowerfitness.guide.i18n.Messages;
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

    private final Messages messages;

    private final LocalizedPaths paths;

    private final TypeTexts texts;

    AppointmentMailer(
            MailOutboxRepository outbox,
            GuideProperties properties,
            GuideProperties.Scheduling rules,
            ClinicZone zone,
            @Value("${spring.mail.host:}") String mailHost,
            Messages messages,
            LocalizedPaths paths,
            TypeTexts texts) {
        this.messages = messages;
        this.paths = paths;
        this.texts = texts;
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

    /** The same in a language: "martes, 8 de diciembre de 2026, 10:30 hora del este de Norteamérica". */
    public String when(Instant start, Locale locale) {
        if (locale.getLanguage().equals("en")) {
            return when(start);
        }
        return DateWords.dateTime(start.atZone(this.zone.zone()), locale) + " "
                + DateWords.zone(this.zone.zone(), locale);
    }

    public String manageUrl(String token) {
        return this.properties.url("/book/manage/" + token);
    }

    /** The manage link in the patient's language ({@code /es/reservar/gestionar/...}). */
    public String manageUrl(String token, Locale locale) {
        String path = "/book/manage/" + token;
        return this.properties.url(this.paths.link(this.paths.languages().byCode(locale.getLanguage()), path));
    }

    private static Locale localeOf(Appointment appointment) {
        return Locale.forLanguageTag(appointment.getLanguage());
    }

    /** The .ics of the appointment as it stands (REQUEST, or CANCEL once cancelled). */
    public String ics(Appointment appointment, AppointmentType type, Therapist therapist, String token, Instant now) {
        Locale locale = localeOf(appointment);
        TypeWords words = this.texts.words(type, appointment.getLanguage());
        AppointmentCalendar.Event event = new AppointmentCalendar.Event(
                appointment.calendarUid(host()),
                appointment.getIcsSequence(),
                appointment.getStartsAt(),
                appointment.getEndsAt(),
                this.messages.get(locale, "ics.summary", words.name().text(), therapist.getDisplayName()),
                LocalText.textOf(words.description()),
                LocalText.textOf(words.place()),
                appointment.getReference(),
                this.properties.clinic().phone(),
                this.properties.clinic().email(),
                mailable(appointment.getEmail()),
                token == null ? null : manageUrl(token, locale),
                now);
        AppointmentCalendar.Words labels = new AppointmentCalendar.Words(
                this.messages.get(locale, "ics.reference", "{0}"),
                this.messages.get(locale, "ics.change", "{0}"),
                this.messages.get(locale, "ics.clinic", "{0}"),
                this.messages.get(locale, "ics.cancelled", "{0}"));
        return appointment.getStatus() != AppointmentStatus.CANCELLED
                ? AppointmentCalendar.request(event, labels)
                : AppointmentCalendar.cancel(event, labels);
    }

    void confirmed(Appointment appointment, AppointmentType type, Therapist therapist, String token, Instant now) {
        send(appointment, type, therapist, token, now, "confirmed");
    }

    void moved(Appointment appointment, AppointmentType type, Therapist therapist, String token, Instant now) {
        send(appointment, type, therapist, token, now, "moved");
    }

    void cancelled(Appointment appointment, AppointmentType type, Therapist therapist, Instant now) {
        send(appointment, type, therapist, null, now, "cancelled");
    }

    void reminder(Appointment appointment, AppointmentType type, Therapist therapist, Instant now) {
        if (!this.enabled || appointment.getEmail() == null) {
            return;
        }
        this.outbox.save(MailOutbox.forAppointment(
                appointment.getId(),
                appointment.getEmail(),
                subject("reminder", appointment),
                body(opening("reminder", appointment), appointment, type, therapist, null, true),
                null,
                now));
    }

    private void send(
            Appointment appointment,
            AppointmentType type,
            Therapist therapist,
            String token,
            Instant now,
            String kind) {
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
                subject(kind, appointment),
                body(opening(kind, appointment), appointment, type, therapist, token, !cancelled),
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
        Locale locale = localeOf(appointment);
        // Plain text: a name no one translated is the default language's, without a mark.
        TypeWords words = this.texts.words(type, appointment.getLanguage());
        String phone = this.properties.clinic().phone();
        StringBuilder body = new StringBuilder(opening).append("\n\n");
        body.append(this.messages.get(locale, "mail.appointment.reference", appointment.getReference()))
                .append('\n');
        body.append(this.messages.get(
                        locale,
                        "mail.appointment.what",
                        words.name().text(),
                        String.valueOf(type.getDurationMinutes())))
                .append('\n');
        body.append(this.messages.get(locale, "mail.appointment.with", therapist.getDisplayName()))
                .append('\n');
        body.append(this.messages.get(locale, "mail.appointment.when", when(appointment.getStartsAt(), locale)))
                .append('\n');
        body.append(this.messages.get(
                        locale,
                        type.isPhoneCall() ? "mail.appointment.how" : "mail.appointment.where",
                        LocalText.textOf(words.place())))
                .append("\n\n");
        if (upcoming && token != null) {
            body.append(this.messages.get(locale, "mail.appointment.manage"))
                    .append('\n')
                    .append(manageUrl(token, locale))
                    .append("\n\n");
        }
        if (upcoming) {
            body.append(this.messages.get(
                            locale, "mail.appointment.cutoff", humanize(this.rules.cancelCutoff(), locale), phone))
                    .append("\n\n");
        }
        body.append(this.messages.get(
                        locale,
                        "mail.appointment.questions",
                        phone,
                        this.properties.clinic().email()))
                .append("\n\n")
                .append(this.messages.get(locale, "mail.appointment.worse"))
                .append("\n\n")
                .append(this.messages.get(locale, "mail.appointment.signature", this.properties.siteName()))
                .append('\n');
        return body.toString();
    }

    private String subject(String kind, Appointment appointment) {
        return this.messages.get(
                localeOf(appointment), "mail.appointment." + kind + ".subject", appointment.getReference());
    }

    private String opening(String kind, Appointment appointment) {
        return this.messages.get(
                localeOf(appointment), "mail.appointment." + kind + ".opening", this.properties.siteName());
    }

    /** A duration in a language: "24 hours", "24 horas". */
    public String humanize(java.time.Duration duration, Locale locale) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours == 1
                    ? this.messages.get(locale, "mail.hourOne")
                    : this.messages.get(locale, "mail.hourMany", String.valueOf(hours));
        }
        return minutes == 1
                ? this.messages.get(locale, "mail.minuteOne")
                : this.messages.get(locale, "mail.minuteMany", String.valueOf(minutes));
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
