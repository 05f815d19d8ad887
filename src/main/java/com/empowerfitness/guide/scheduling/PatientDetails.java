package com.empowerfitness.guide.scheduling;

/**
 * Who booked and their answers to the red-flag questions: the command a booking is made from (validated by the
 * form that built it). {@code consentNoticeVersion} is null for bookings staff made on the phone; {@code language}
 * is the code of the language the patient booked in ({@code en}, {@code es}): their emails and .ics are in it.
 */
public record PatientDetails(
        String name,
        String email,
        String phone,
        String message,
        boolean redFlagNumbness,
        boolean redFlagBladderBowel,
        boolean redFlagWeakness,
        boolean redFlagFever,
        boolean redFlagFall,
        String consentNoticeVersion,
        String language) {

    /** Details in the default language (English), as staff bookings and older callers give them. */
    public PatientDetails(
            String name,
            String email,
            String phone,
            String message,
            boolean redFlagNumbness,
            boolean redFlagBladderBowel,
            boolean redFlagWeakness,
            boolean redFlagFever,
            boolean redFlagFall,
            String consentNoticeVersion) {
        this(
                name,
                email,
                phone,
                message,
                redFlagNumbness,
                redFlagBladderBowel,
                redFlagWeakness,
                redFlagFever,
                redFlagFall,
                consentNoticeVersion,
                "en");
    }

    public PatientDetails {
        language = (language == null || language.isBlank()) ? "en" : language;
    }

    /** Any red flag answered yes makes the appointment urgent. */
    public boolean urgent() {
        return this.redFlagNumbness
                || this.redFlagBladderBowel
                || this.redFlagWeakness
                || this.redFlagFever
                || this.redFlagFall;
    }
}
