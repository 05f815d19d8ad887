package com.empowerfitness.guide.booking;

import org.springframework.stereotype.Component;

/** Queues the emails about a new request (see {@link MailOutbox}); nothing is queued when mail is off. */
@Component
class BookingMailer {

    void queueFor(ConsultationRequest request) {
        // Mail arrives in a later step.
    }
}
