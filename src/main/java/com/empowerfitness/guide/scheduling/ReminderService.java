package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.config.GuideProperties;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the reminder emails that are due: booked appointments starting within {@code reminder-lead} of now.
 * Each reminder is claimed by a conditional update (sent_at still empty, status still booked) in the same
 * transaction as its mail, so it is queued at most once even when several instances run this at once, and
 * never for a cancelled appointment. The job also runs under a ShedLock lock ({@link ReminderJob}).
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final AppointmentRepository appointments;

    private final AppointmentTypeRepository types;

    private final TherapistRepository therapists;

    private final AppointmentMailer mailer;

    private final GuideProperties.Scheduling properties;

    private final TransactionTemplate transaction;

    ReminderService(
            AppointmentRepository appointments,
            AppointmentTypeRepository types,
            TherapistRepository therapists,
            AppointmentMailer mailer,
            GuideProperties.Scheduling properties,
            PlatformTransactionManager transactionManager) {
        this.appointments = appointments;
        this.types = types;
        this.therapists = therapists;
        this.mailer = mailer;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Queues the reminders due at {@code now}; returns how many this call claimed. */
    public int queueDue(Instant now) {
        List<Long> due = this.appointments.findDueReminders(now, now.plus(this.properties.reminderLead()));
        int queued = 0;
        for (Long id : due) {
            Boolean claimed = this.transaction.execute((status) -> {
                if (this.appointments.claimReminder(id, now) != 1) {
                    return false;
                }
                Appointment appointment = this.appointments.findById(id).orElseThrow();
                this.mailer.reminder(
                        appointment,
                        this.types.findById(appointment.getTypeId()).orElseThrow(),
                        this.therapists.findById(appointment.getTherapistId()).orElseThrow(),
                        now);
                return true;
            });
            if (Boolean.TRUE.equals(claimed)) {
                queued++;
            }
        }
        if (queued > 0) {
            log.info("Queued {} appointment reminders", queued);
        }
        return queued;
    }
}
