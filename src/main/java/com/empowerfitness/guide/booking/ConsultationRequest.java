package com.empowerfitness.guide.booking;

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

    /** The language the patient wrote in ({@code en}, {@code es}): their emails are in it. */
    @Column(nullable = false, updatable = false)
    private String language = "en";

    @Version
    private long version;

    protected ConsultationRequest() {}

    /** A new request as the patient sent it, consenting to the privacy notice of {@code noticeVersion}. */
    ConsultationRequest(
            String reference,
            String confirmationToken,
            Instant createdAt,
            NewConsultationRequest sent,
            String noticeVersion) {
        this.reference = reference;
        this.confirmationToken = confirmationToken;
        this.createdAt = createdAt;
        this.status = RequestStatus.NEW;
        this.statusChangedAt = createdAt;
        this.name = sent.name();
        this.email = sent.email();
        this.phone = sent.phone();
        this.preferredContact = sent.preferredContact();
        this.preferredTimes = sent.preferredTimes().isEmpty() ? null : String.join(",", sent.preferredTimes());
        this.symptomDuration = sent.symptomDuration();
        this.message = sent.message();
        for (RedFlag flag : RedFlag.values()) {
            setAnswer(flag, sent.redFlagsAnsweredYes().contains(flag));
        }
        this.urgent = sent.urgent();
        this.consentNoticeVersion = noticeVersion;
        this.consentedAt = createdAt;
        this.language = sent.language();
    }

    public String getLanguage() {
        return this.language;
    }

    public void changeStatus(RequestStatus newStatus, String reason, Instant at) {
        this.status = newStatus;
        this.statusReason = newStatus.requiresReason() ? reason : null;
        this.statusChangedAt = at;
    }

    /** The stored answer to one red-flag question (each has its own column, see {@link RedFlag#column()}). */
    public boolean answeredYes(RedFlag flag) {
        return switch (flag) {
            case NUMBNESS -> this.redFlagNumbness;
            case BLADDER_BOWEL -> this.redFlagBladderBowel;
            case WEAKNESS -> this.redFlagWeakness;
            case FEVER -> this.redFlagFever;
            case FALL -> this.redFlagFall;
        };
    }

    private void setAnswer(RedFlag flag, boolean yes) {
        switch (flag) {
            case NUMBNESS -> this.redFlagNumbness = yes;
            case BLADDER_BOWEL -> this.redFlagBladderBowel = yes;
            case WEAKNESS -> this.redFlagWeakness = yes;
            case FEVER -> this.redFlagFever = yes;
            case FALL -> this.redFlagFall = yes;
        }
    }

    /** The red flags answered yes, in the questions' order. */
    public List<RedFlag> getRedFlagsAnsweredYes() {
        return Arrays.stream(RedFlag.values()).filter(this::answeredYes).toList();
    }

    /** The preferred times as option values, in form order. */
    public List<String> getPreferredTimeValues() {
        return (this.preferredTimes == null || this.preferredTimes.isEmpty())
                ? List.of()
                : List.of(this.preferredTimes.split(","));
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
