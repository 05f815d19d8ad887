package com.empowerfitness.guide.booking.inbox;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.RequestNote;
import com.empowerfitness.guide.booking.RequestNoteRepository;
import com.empowerfitness.guide.booking.RequestStatus;
import com.empowerfitness.guide.mail.MailOutboxRepository;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff side of consultation requests. Every action commits together with its audit line. */
@Service
class InboxService {

    private static final Logger log = LoggerFactory.getLogger(InboxService.class);

    static final int PAGE_SIZE = 25;

    private final ConsultationRequestRepository requests;

    private final RequestNoteRepository notes;

    private final MailOutboxRepository outbox;

    private final AuditLog audit;

    private final StaffTime time;

    private final Clock clock;

    InboxService(
            ConsultationRequestRepository requests,
            RequestNoteRepository notes,
            MailOutboxRepository outbox,
            AuditLog audit,
            StaffTime time,
            Clock clock) {
        this.requests = requests;
        this.notes = notes;
        this.outbox = outbox;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ConsultationRequest> page(InboxFilter filter) {
        return this.requests.findAll(
                filter.toSpecification(this.time.zone()),
                PageRequest.of(filter.getPage(), PAGE_SIZE, InboxFilter.INBOX_ORDER));
    }

    /**
     * Audits the export and fixes its upper bound: requests arriving while it runs are left out, so that
     * paging never repeats or skips a row.
     */
    @Transactional
    public long startExport(String actor, InboxFilter filter) {
        this.audit.record(actor, AuditAction.EXPORTED_CSV, filter.describeWithoutSearchText());
        return this.requests.findMaxId().orElse(0L);
    }

    /**
     * One window of an export; each is its own short read, so the export never holds all rows. Keyset paging
     * (the next window starts after the last row's urgent, created_at and id) and no count: every window costs
     * the same however deep into the table it is.
     */
    @Transactional(readOnly = true)
    public Window<ConsultationRequest> exportWindow(
            InboxFilter filter, long upToId, ScrollPosition position, int size) {
        Specification<ConsultationRequest> upTo = (root, query, cb) -> cb.le(root.get("id"), upToId);
        return this.requests.findBy(
                filter.toSpecification(this.time.zone()).and(upTo),
                (rows) -> rows.sortBy(InboxFilter.INBOX_ORDER).limit(size).scroll(position));
    }

    /** The request for a staff member to read; the viewing is audited. */
    @Transactional
    public Optional<ConsultationRequest> view(String actor, long id) {
        Optional<ConsultationRequest> request = this.requests.findById(id);
        request.ifPresent((found) -> this.audit.record(actor, AuditAction.VIEWED_REQUEST, target(found)));
        return request;
    }

    @Transactional(readOnly = true)
    public List<RequestNote> notes(long id) {
        return this.notes.findByRequestIdOrderByCreatedAtAscIdAsc(id);
    }

    @Transactional
    public boolean changeStatus(String actor, long id, RequestStatus status, String reason) {
        Optional<ConsultationRequest> found = this.requests.findById(id);
        if (found.isEmpty()) {
            return false;
        }
        ConsultationRequest request = found.get();
        Instant now = this.clock.instant();
        request.changeStatus(status, reason, now);
        String note =
                "Status changed to " + status.getLabel() + "." + (status.requiresReason() ? " Reason: " + reason : "");
        this.notes.save(new RequestNote(id, actor, note, now));
        this.audit.record(actor, AuditAction.CHANGED_STATUS, target(request) + " to " + status.name());
        return true;
    }

    @Transactional
    public boolean addNote(String actor, long id, String body) {
        Optional<ConsultationRequest> found = this.requests.findById(id);
        if (found.isEmpty()) {
            return false;
        }
        this.notes.save(new RequestNote(id, actor, body, this.clock.instant()));
        this.audit.record(actor, AuditAction.ADDED_NOTE, target(found.get()));
        return true;
    }

    /** A patient's erasure request: the row, its notes and queued mail go; the audit keeps the reference. */
    @Transactional
    public Optional<String> erase(String actor, long id) {
        Optional<ConsultationRequest> found = this.requests.findById(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String target = target(found.get());
        this.notes.deleteByRequestId(id);
        this.outbox.deleteByRequestId(id);
        this.requests.delete(found.get());
        this.audit.record(actor, AuditAction.ERASED_REQUEST, target);
        log.info("Erased consultation request {}", target);
        return Optional.of(found.get().getReference());
    }

    static String target(ConsultationRequest request) {
        return request.getReference() + " (id " + request.getId() + ")";
    }
}
