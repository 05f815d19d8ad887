package com.empowerfitness.guide.staff;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records staff actions. Joins the caller's transaction, so an action and its audit line commit together.
 * Targets are references, ids or usernames only.
 */
@Service
public class AuditLog {

    /** The actor of scheduled jobs and start-up provisioning. */
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;

    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, AuditAction action, String target) {
        this.events.save(new AuditEvent(this.clock.instant(), actor, action, target));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> page(int page, int size) {
        return this.events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(Math.max(page, 0), size));
    }
}
