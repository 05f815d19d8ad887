package com.empowerfitness.guide.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A booked time. Its therapist's time (start to end of buffer) is held by rows of {@code appointment_slot}
 * while it is {@link AppointmentStatus#BOOKED}; see {@link AppointmentBooker}.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String reference;

    private long typeId;

    private long therapistId;

    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private Instant blockedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status;

    private boolean urgent;

    @Column(nullable = false)
    private String name;

    private String email;

    private String phone;

    private String message;

    private boolean redFlagNumbness;

    private boolean redFlagBladderBowel;

    private boolean redFlagWeakness;

    private boolean redFlagFever;

    private boolean redFlagFall;

    private String consentNoticeVersion;

    @Column(nullable = false)
    private String manageTokenHash;

    private int icsSequence;

    private String bookedBy;

    private Long requestId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant statusChangedAt;

    private Instant reminderSentAt;

    /** The language the patient booked in ({@code en}, {@code es}): their emails and calendar file use it. */
    @Column(nullable = false, updatable = false)
    private String language = "en";

    @Version
    private long version;

    protected Appointment() {}

    Appointment(
            String reference,
            AppointmentType type,
            long therapistId,
            Instant start,
            PatientDetails patient,
            String manageTokenHash,
            String bookedBy,
            Long requestId,
            Instant now) {
        this.reference = reference;
        this.typeId = type.getId();
        this.therapistId = therapistId;
        place(type, therapistId, start);
        this.status = AppointmentStatus.BOOKED;
        this.urgent = patient.urgent();
        this.name = patient.name();
        this.email = patient.email();
        this.phone = patient.phone();
        this.message = patient.message();
        this.redFlagNumbness = patient.redFlagNumbness();
        this.redFlagBladderBowel = patient.redFlagBladderBowel();
        this.redFlagWeakness = patient.redFlagWeakness();
        this.redFlagFever = patient.redFlagFever();
        this.redFlagFall = patient.redFlagFall();
        this.consentNoticeVersion = patient.consentNoticeVersion();
        this.language = patient.language();
        this.manageTokenHash = manageTokenHash;
        this.bookedBy = bookedBy;
        this.requestId = requestId;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    private void place(AppointmentType type, long therapist, Instant start) {
        this.therapistId = therapist;
        this.startsAt = start;
        this.endsAt = start.plus(type.duration());
        this.blockedUntil = this.endsAt.plus(type.bufferAfter());
    }

    /** A move keeps the same calendar event (UID) with a higher SEQUENCE; a new reminder is due. */
    void moveTo(AppointmentType type, long therapist, Instant start) {
        place(type, therapist, start);
        this.icsSequence++;
        this.reminderSentAt = null;
    }

    /** Staff moves issue a new manage link; the old one stops working. */
    void replaceManageToken(String manageTokenHash) {
        this.manageTokenHash = manageTokenHash;
    }

    void cancel(Instant now) {
        this.status = AppointmentStatus.CANCELLED;
        this.statusChangedAt = now;
        this.icsSequence++;
    }

    void mark(AppointmentStatus status, Instant now) {
        this.status = status;
        this.statusChangedAt = now;
    }

    public Long getId() {
        return this.id;
    }

    public String getReference() {
        return this.reference;
    }

    public long getTypeId() {
        return this.typeId;
    }

    public long getTherapistId() {
        return this.therapistId;
    }

    public Instant getStartsAt() {
        return this.startsAt;
    }

    public Instant getEndsAt() {
        return this.endsAt;
    }

    public Instant getBlockedUntil() {
        return this.blockedUntil;
    }

    public AppointmentStatus getStatus() {
        return this.status;
    }

    public boolean isBooked() {
        return this.status == AppointmentStatus.BOOKED;
    }

    public boolean isUrgent() {
        return this.urgent;
    }

    public String getName() {
        return this.name;
    }

    public String getLanguage() {
        return this.language;
    }

    public String getEmail() {
        return this.email;
    }

    public String getPhone() {
        return this.phone;
    }

    public String getMessage() {
        return this.message;
    }

    public boolean isRedFlagNumbness() {
        return this.redFlagNumbness;
    }

    public boolean isRedFlagBladderBowel() {
        return this.redFlagBladderBowel;
    }

    public boolean isRedFlagWeakness() {
        return this.redFlagWeakness;
    }

    public boolean isRedFlagFever() {
        return this.redFlagFever;
    }

    public boolean isRedFlagFall() {
        return this.redFlagFall;
    }

    public String getManageTokenHash() {
        return this.manageTokenHash;
    }

    public int getIcsSequence() {
        return this.icsSequence;
    }

    public String getBookedBy() {
        return this.bookedBy;
    }

    public Long getRequestId() {
        return this.requestId;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public Instant getStatusChangedAt() {
        return this.statusChangedAt;
    }

    public Instant getReminderSentAt() {
        return this.reminderSentAt;
    }

    /** The calendar event's UID: stable for the appointment's life, moves included. */
    public String calendarUid(String host) {
        return "appointment-" + this.reference + "@" + host;
    }
}
