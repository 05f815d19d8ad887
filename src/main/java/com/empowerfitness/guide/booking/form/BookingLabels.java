package com.empowerfitness.guide.booking.form;

import com.empowerfitness.guide.booking.ConsultationRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A stored request's answers as people read them, for the staff pages ({@code @bookingLabels} in templates)
 * and the CSV export: the labels belong to the form's options, not to the entity.
 */
@Component("bookingLabels")
public class BookingLabels {

    public String preferredContact(ConsultationRequest request) {
        return BookingOptions.label(BookingOptions.CONTACT_METHODS, request.getPreferredContact());
    }

    public List<String> preferredTimes(ConsultationRequest request) {
        return request.getPreferredTimeValues().stream()
                .map((value) -> BookingOptions.label(BookingOptions.PREFERRED_TIMES, value))
                .toList();
    }

    public String symptomDuration(ConsultationRequest request) {
        return BookingOptions.label(BookingOptions.SYMPTOM_DURATIONS, request.getSymptomDuration());
    }
}
