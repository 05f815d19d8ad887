package com.empowerfitness.guide.scheduling.book;

import com.empowerfitness.guide.scheduling.Appointment;
import com.empowerfitness.guide.scheduling.AppointmentMailer;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.ClinicZone;
import com.empowerfitness.guide.scheduling.LocalText;
import com.empowerfitness.guide.scheduling.SchedulingService;
import com.empowerfitness.guide.scheduling.Therapist;
import com.empowerfitness.guide.scheduling.TypeTexts;
import com.empowerfitness.guide.scheduling.TypeWords;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * An appointment as the patient's pages show it: no health details, only what was booked, the type's words in
 * the page's language.
 */
public record AppointmentView(
        String reference,
        LocalText typeName,
        int durationMinutes,
        boolean phoneCall,
        LocalText place,
        String therapist,
        String when,
        String datetime,
        boolean urgent,
        String status,
        boolean booked) {

    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    public static AppointmentView of(
            Appointment appointment, TypeWords type, Therapist therapist, ClinicZone zone, AppointmentMailer mailer) {
        ZonedDateTime start = appointment.getStartsAt().atZone(zone.zone());
        return new AppointmentView(
                appointment.getReference(),
                type.name(),
                type.durationMinutes(),
                type.phoneCall(),
                type.place(),
                therapist.getDisplayName(),
                mailer.when(appointment.getStartsAt(), LocaleContextHolder.getLocale()),
                ISO_MINUTES.format(start),
                appointment.isUrgent(),
                appointment.getStatus().name(),
                appointment.isBooked());
    }

    public static AppointmentView addTo(
            Model model,
            Appointment appointment,
            SchedulingService scheduling,
            TypeTexts texts,
            ClinicZone zone,
            AppointmentMailer mailer) {
        AppointmentType type = scheduling.type(appointment.getTypeId()).orElseThrow();
        Therapist therapist = scheduling.therapist(appointment.getTherapistId()).orElseThrow();
        // In the page's language: the patient may open the manage link from the other edition.
        AppointmentView view = of(appointment, texts.words(type), therapist, zone, mailer);
        model.addAttribute("appointment", view);
        return view;
    }
}
