package com.empowerfitness.guide.booking;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.i18n.Messages;
import com.empowerfitness.guide.mail.MailOutbox;
import com.empowerfitness.guide.mail.MailOutboxRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Queues the emails about a new request in the request's own transaction (see {@link MailOutbox}). Mail is on
 * only when {@code spring.mail.host} is set. Emails carry the reference and how to reach the clinic, never the
 * patient's message or answers.
 */
@Component
class BookingMailer {

    private final MailOutboxRepository outbox;

    private final GuideProperties.Booking properties;

    private final GuideProperties.Clinic clinic;

    private final boolean enabled;

    private final String baseUrl;

    private final Clock clock;

    private final Messages messages;

    BookingMailer(
            MailOutboxRepository outbox,
            GuideProperties.Booking properties,
            GuideProperties.Clinic clinic,
            @Value("${spring.mail.host:}") String mailHost,
            GuideProperties site,
            Clock clock,
            Messages messages) {
        this.messages = messages;
        this.outbox = outbox;
        this.properties = properties;
        this.clinic = clinic;
        this.enabled = !mailHost.isBlank();
        this.baseUrl = site.baseUrl();
        this.clock = clock;
    }

    void queueFor(ConsultationRequest request) {
        if (!this.enabled) {
            return;
        }
        Instant now = this.clock.instant();
        String notifyTo = this.properties.notifyTo();
        if (notifyTo != null && !notifyTo.isBlank()) {
            this.outbox.save(
                    new MailOutbox(request.getId(), notifyTo.trim(), staffSubject(request), staffBody(request), now));
        }
        if (request.getEmail() != null) {
            this.outbox.save(new MailOutbox(
                    request.getId(),
                    request.getEmail(),
                    this.messages.get(
                            Locale.forLanguageTag(request.getLanguage()),
                            "mail.request.subject",
                            request.getReference()),
                    patientBody(request),
                    now));
        }
    }

    static String staffSubject(ConsultationRequest request) {
        return "New consultation request " + request.getReference() + (request.isUrgent() ? " (urgent)" : "");
    }

    private String staffBody(ConsultationRequest request) {
        return "A new consultation request, " + request.getReference() + ", has arrived"
                + (request.isUrgent() ? " and is marked urgent" : "") + ".\n\n"
                + "Open the inbox to read it: " + this.baseUrl + "/staff/bookings\n\n"
                + "For the patient's privacy this email holds no details; sign in to see them.\n";
    }

    /** In the patient's language (the staff's email above stays English, as the staff pages do). */
    private String patientBody(ConsultationRequest request) {
        return this.messages.get(
                Locale.forLanguageTag(request.getLanguage()),
                "mail.request.body",
                request.getReference(),
                this.clinic.phone(),
                this.clinic.email());
    }
}
