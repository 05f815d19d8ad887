package com.empowerfitness.guide.booking;

import com.empowerfitness.guide.booking.form.BookingForm;
import com.empowerfitness.guide.booking.form.BookingOptions;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A patient's request for a consultation: health data, shown to staff only. */
@Entity
@Table(name = "consultation_request")
public class ConsultationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String reference;

    /** Opaque key of the patient's confirmation page; says nothing about the patient. */
    @Column(nullable = false, updatable = false)
    private String confirmationToken;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String name;

    private String email;

    private String phone;

    private String preferredContact;

    /** Comma-separated option values, in form order. */
    private String preferredTimes;

    private String symptomDuration;

    private String message;

    private boolean redFlagNumbness;

    private boolean redFlagBladderBowel;

    private boolean redFlagWeakness;

    private boolean redFlagFever;

    private boolean redFlagFall;

    private boolean urgent;

    @Column(nullable = false)
    private String consentNoticeVersion;

    @Column(nullable = false)
    private Instant consentedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private RequestStatus status;

    private String statusReason;

    @Column(nullable = false)
    private Instant statusChangedAt;

    @Version
    private long version;

    protected ConsultationRequest() {}

    ConsultationRequest(String reference, String confirmationToken, Instant createdAt) {
        this.reference = reference;
        this.confirmationToken = confirmationToken;
        this.createdAt = createdAt;
        this.status = RequestStatus.NEW;
        this.statusChangedAt = createdAt;
    }

    /** Copies what the patient sent; the form has been validated. */
    void fill(BookingForm form, String noticeVersion) {
        this.name = form.getName();
        this.email = form.getEmail();
        this.phone = form.getPhone();
        this.preferredContact = form.getPreferredContact();
        this.preferredTimes = BookingOptions.PREFERRED_TIMES.keySet().stream()
                .filter(form.getPreferredTimes()::contains)
                .reduce((a, b) -> a + "," + b)
                .orElse(null);
        this.symptomDuration = form.getSymptomDuration();
        this.message = form.getMessage();
        this.redFlagNumbness = BookingForm.isYes(form.getRedFlagNumbness());
        this.redFlagBladderBowel = BookingForm.isYes(form.getRedFlagBladderBowel());
        this.redFlagWeakness = BookingForm.isYes(form.getRedFlagWeakness());
        this.redFlagFever = BookingForm.isYes(form.getRedFlagFever());
        this.redFlagFall = BookingForm.isYes(form.getRedFlagFall());
        this.urgent = form.hasRedFlag();
        this.consentNoticeVersion = noticeVersion;
        this.consentedAt = this.createdAt;
    }

    public void changeStatus(RequestStatus newStatus, String reason, Instant at) {
        this.status = newStatus;
        this.statusReason = newStatus.requiresReason() ? reason : null;
        this.statusChangedAt = at;
    }

    /** Red-flag questions answered yes, as the questions' texts. */
    public List<String> getRedFlagsAnsweredYes() {
        boolean[] answers = {
            this.redFlagNumbness, this.redFlagBladderBowel, this.redFlagWeakness, this.redFlagFever, this.redFlagFall
        };
        List<String> yes = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i]) {
                yes.add(BookingOptions.RED_FLAGS.get(i).question());
            }
        }
        return yes;
    }

    public List<String> getPreferredTimeLabels() {
        if (this.preferredTimes == null || this.preferredTimes.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(this.preferredTimes.split(","))
                .map((value) -> BookingOptions.label(BookingOptions.PREFERRED_TIMES, value))
                .toList();
    }

    public String getSymptomDurationLabel() {
        return BookingOptions.label(BookingOptions.SYMPTOM_DURATIONS, this.symptomDuration);
    }

    public String getPreferredContactLabel() {
        return BookingOptions.label(BookingOptions.CONTACT_METHODS, this.preferredContact);
    }

    public Long getId() {
        return this.id;
    }

    public String getReference() {
        return this.reference;
    }

    public String getConfirmationToken() {
        return this.confirmationToken;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public String getName() {
        return this.name;
    }

    public String getEmail() {
        return this.email;
    }

    public String getPhone() {
        return this.phone;
    }

    public String getPreferredContact() {
        return this.preferredContact;
    }

    public String getPreferredTimes() {
        return this.preferredTimes;
    }

    public String getSymptomDuration() {
        return this.symptomDuration;
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

    public boolean isUrgent() {
        return this.urgent;
    }

    public String getConsentNoticeVersion() {
        return this.consentNoticeVersion;
    }

    public Instant getConsentedAt() {
        return this.consentedAt;
    }

    public RequestStatus getStatus() {
        return this.status;
    }

    public String getStatusReason() {
        return this.statusReason;
    }

    public Instant getStatusChangedAt() {
        return this.statusChangedAt;
    }
}
