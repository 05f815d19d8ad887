package com.empowerfitness.guide.booking.inbox;

import com.empowerfitness.guide.booking.RequestStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The inbox's "Change status" form: a status, and a reason where the status needs one. */
record StatusChange(
        @NotNull(message = "Choose a status") String status,

        @Size(max = 500, message = "The reason must be 500 characters or fewer")
        String reason) {

    static final String NAME = "statusChange";

    Optional<RequestStatus> newStatus() {
        try {
            return (this.status == null) ? Optional.empty() : Optional.of(RequestStatus.valueOf(this.status));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    String reasonText() {
        return (this.reason == null) ? "" : this.reason;
    }

    /** The rules Bean Validation cannot say: a known status, and a reason for declining or cancelling. */
    void check(BindingResult result) {
        if (this.status != null && newStatus().isEmpty()) {
            result.addError(new FieldError(NAME, "status", this.status, false, null, null, "Choose a status"));
        }
        newStatus()
                .filter((chosen) -> chosen.requiresReason() && reasonText().isEmpty())
                .ifPresent((chosen) -> result.addError(new FieldError(
                        NAME,
                        "reason",
                        this.reason,
                        false,
                        null,
                        null,
                        "Give a reason for " + chosen.getLabel().toLowerCase(Locale.ROOT) + " this request")));
    }
}
