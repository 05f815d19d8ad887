package com.empowerfitness.guide.booking.inbox;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The administrators' "Erase this request" form: the box must be ticked. */
record EraseForm(
        @NotNull(message = EraseForm.TICK) @Pattern(regexp = "yes", message = EraseForm.TICK)
        String confirm) {

    static final String NAME = "eraseForm";

    static final String TICK = "Tick the box to confirm that this request should be erased";
}
