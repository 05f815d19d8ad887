package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention and erasure cover appointments as they cover requests: appointments that ended (or closed) more than
 * {@code guide.booking.retention-days} ago are purged nightly, and an administrator can erase one at once. Their
 * held units and their mail go with them (ON DELETE CASCADE).
 */
@Service
public class AppointmentRetention {

    private static final Logger log = LoggerFactory.getLogger(AppointmentRetention.class);

    private final AppointmentRepository appointments;

    private final AuditLog audit;

    private final GuideProperties.Booking booking;

    private final Clock clock;

    AppointmentRetention(
            AppointmentRepository appointments, AuditLog audit, GuideProperties.Booking booking, Clock clock) {
        this.appointments = appointments;
        this.audit = audit;
        this.booking = booking;
        this.clock = clock;
    }

    @Scheduled(cron = "${guide.booking.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "appointment-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void nightly() {
        purge(this.clock.instant(), this.booking.retentionDays());
    }

    @Transactional
    public int purge(Instant now, int retentionDays) {
        Instant cutoff = now.minus(Duration.ofDays(retentionDays));
        List<Long> ids = this.appointments.findClosedBefore(cutoff);
        if (ids.isEmpty()) {
            return 0;
        }
        this.appointments.deleteAllByIdInBatch(ids);
        this.audit.record(
                AuditLog.SYSTEM, AuditAction.PURGED_APPOINTMENTS, ids.size() + " appointments ended before " + cutoff);
        log.info("Retention: purged {} past appointments", ids.size());
        return ids.size();
    }

    /** Erases one appointment and everything about it; returns its reference for the audit line. */
    @Transactional
    public Optional<String> erase(String actor, long id) {
        Optional<Appointment> appointment = this.appointments.findById(id);
        appointment.ifPresent((found) -> {
            this.appointments.delete(found);
            this.appointments.flush();
            this.audit.record(actor, AuditAction.ERASED_APPOINTMENT, found.getReference());
        });
        return appointment.map(Appointment::getReference);
    }
}
