package com.empowerfitness.guide.booking;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a patient asks for, already validated, independent of how it arrived (the web form, a test, a later
 * channel). Optional answers are null; {@code preferredTimes} holds option values in the order to keep.
 */
public record NewConsultationRequest(
        String name,
        String email,
        String phone,
        String preferredContact,
        List<String> preferredTimes,
        String symptomDuration,
        Set<RedFlag> redFlagsAnsweredYes,
        String message) {

    public NewConsultationRequest {
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
