package com.empowerfitness.guide.booking;

import com.empowerfitness.guide.mail.MailOutboxRepository;
import com.empowerfitness.guide.mail.MailOutboxSender;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deletes what the clinic no longer needs: closed requests past retention, finished mail. */
@Service
class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    static final Set<RequestStatus> CLOSED =
            EnumSet.of(RequestStatus.COMPLETED, RequestStatus.DECLINED, RequestStatus.CANCELLED);

    /** Sent (or abandoned) mail is kept this long for diagnosis; it holds email addresses. */
    static final Duration FINISHED_MAIL_KEPT = Duration.ofDays(30);

    private final ConsultationRequestRepository requests;

    private final MailOutboxRepository outbox;

    private final AuditLog audit;

    RetentionService(ConsultationRequestRepository requests, MailOutboxRepository outbox, AuditLog audit) {
        this.requests = requests;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Purges requests closed (completed, declined, cancelled) more than {@code retentionDays} before
     * {@code now}; their notes and mail go with them (ON DELETE CASCADE).
     */
    @Transactional
    public int purge(Instant now, int retentionDays) {
        Instant cutoff = now.minus(Duration.ofDays(retentionDays));
        int purged = this.requests.deleteClosedBefore(CLOSED, cutoff);
        this.outbox.deleteFinishedBefore(now.minus(FINISHED_MAIL_KEPT), MailOutboxSender.MAX_ATTEMPTS);
        if (purged > 0) {
            this.audit.record(
                    AuditLog.SYSTEM, AuditAction.PURGED_REQUESTS, purged + " requests closed before " + cutoff);
            log.info("Retention: purged {} closed consultation requests", purged);
        }
        return purged;
    }
}
