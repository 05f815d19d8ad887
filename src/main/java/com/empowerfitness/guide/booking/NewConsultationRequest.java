package com.empowerfitness.guide.booking;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a patient asks for, already validated, independent of how it arrived (the web form, a test, a later
 * channel). Optional answers are null; {@code preferredTimes} holds option values in the order to keep;
 * {@code language} is the code of the language the patient wrote in ({@code en}, {@code es}), for their emails.
 */
public record NewConsultationRequest(
        String name,
        String email,
        String phone,
        String preferredContact,
        List<String> preferredTimes,
        String symptomDuration,
        Set<RedFlag> redFlagsAnsweredYes,
        String message,
        String language) {

    /** A request in the default language (English). */
    public NewConsultationRequest(
            String name,
            String email,
            String phone,
            String preferredContact,
            List<String> preferredTimes,
            String symptomDuration,
            Set<RedFlag> redFlagsAnsweredYes,
            String message) {
        this(name, email, phone, preferredContact, preferredTimes, symptomDuration, redFlagsAnsweredYes, message, "en");
    }

    public NewConsultationRequest {
        language = (language == null || language.isBlank()) ? "en" : language;
        preferredTimes = (preferredTimes == null) ? List.of() : List.copyOf(preferredTimes);
        redFlagsAnsweredYes = (redFlagsAnsweredYes == null || redFlagsAnsweredYes.isEmpty())
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(redFlagsAnsweredYes));
    }

    /** Any red flag answered yes makes the request urgent. */
    public boolean urgent() {
        return !this.redFlagsAnsweredYes.isEmpty();
    }
}
