package com.empowerfitness.guide.scheduling;

/**
 * Who booked and their answers to the red-flag questions: the command a booking is made from (validated by the
 * form that built it). {@code consentNoticeVersion} is null for bookings staff made on the phone.
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
        String consentNoticeVersion) {

    /** Any red flag answered yes makes the appointment urgent. */
    public boolean urgent() {
        return this.redFlagNumbness
                || this.redFlagBladderBowel
                || this.redFlagWeakness
                || this.redFlagFever
                || this.redFlagFall;
    }
}
