package com.empowerfitness.guide.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An email waiting to be sent. Written in the request's own transaction, sent later by
 * {@link MailOutboxSender} with retries, so mail trouble never blocks or loses a request.
 */
@Entity
@Table(name = "mail_outbox")
public class MailOutbox {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long requestId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private Instant sentAt;

    private String lastError;

    /** The appointment this mail is about (scheduling), so that erasing the appointment erases its mail. */
    @Column(updatable = false)
    private Long appointmentId;

    /** One optional attachment, e.g. an appointment's .ics file. */
    @Column(updatable = false)
    private String attachmentName;

    @Column(updatable = false)
    private String attachmentType;

    @Column(updatable = false)
    private String attachmentBody;

    protected MailOutbox() {}

    /** A mail about an appointment, with an optional text attachment (name, MIME type, content). */
    public static MailOutbox forAppointment(
            Long appointmentId, String recipient, String subject, String body, Attachment attachment, Instant now) {
        MailOutbox mail = new MailOutbox(null, recipient, subject, body, now);
        mail.appointmentId = appointmentId;
        if (attachment != null) {
            mail.attachmentName = attachment.name();
            mail.attachmentType = attachment.contentType();
            mail.attachmentBody = attachment.content();
        }
        return mail;
    }

    /** A text attachment: file name, MIME type (with parameters, e.g. {@code text/calendar; method=REQUEST}). */
    public record Attachment(String name, String contentType, String content) {}

    public MailOutbox(Long requestId, String recipient, String subject, String body, Instant now) {
        this.requestId = requestId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void markSent(Instant now) {
        this.attempts++;
        this.sentAt = now;
        this.lastError = null;
    }

    /** Exponential backoff: 1, 2, 4, 8... minutes, at most 6 hours apart. */
    void markFailed(Instant now, String error) {
        this.attempts++;
        long minutes = Math.min(360, 1L << Math.min(this.attempts - 1, 16));
        this.nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        this.lastError = (error.length() > 200) ? error.substring(0, 200) : error;
    }

    public Long getId() {
        return this.id;
    }

    public Long getRequestId() {
        return this.requestId;
    }

    public String getRecipient() {
        return this.recipient;
    }

    public String getSubject() {
        return this.subject;
    }

    public String getBody() {
        return this.body;
    }

    public int getAttempts() {
        return this.attempts;
    }

    public Instant getNextAttemptAt() {
        return this.nextAttemptAt;
    }

    public Instant getSentAt() {
        return this.sentAt;
    }

    public String getLastError() {
        return this.lastError;
    }

    public Long getAppointmentId() {
        return this.appointmentId;
    }

    /** The attachment, or null when the mail has none. */
    public Attachment getAttachment() {
        return (this.attachmentName == null)
                ? null
                : new Attachment(this.attachmentName, this.attachmentType, this.attachmentBody);
    }
}
