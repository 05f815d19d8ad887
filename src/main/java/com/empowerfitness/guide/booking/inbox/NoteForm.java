package com.empowerfitness.guide.booking.inbox;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The inbox's "Add a note" form; the field is called {@code body}. */
record NoteForm(
        @NotNull(message = "Write the note") @Size(max = 2000, message = "A note must be 2,000 characters or fewer")
        String body) {

    static final String NAME = "noteForm";
}
