package com.empowerfitness.guide.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.booking.inbox.InboxTest;
import com.empowerfitness.guide.mail.MailOutboxRepository;
import com.empowerfitness.guide.support.EditorSiteTest;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention in a database of its own (see {@link MovedClockSiteTest}): every count is exact. */
class RetentionTest extends MovedClockSiteTest {

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @Autowired
    RequestNoteRepository notes;

    @Autowired
    MailOutboxRepository outbox;

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionJob job;

    @BeforeEach
    void noRequestsYet() {
        this.outbox.deleteAll();
        this.notes.deleteAll();
        this.requests.deleteAll();
    }

    @Test
    void closedRequestsPastRetentionArePurgedWithTheirNotesAndOthersKept() throws Exception {
        // Requests closed at different times, as the clock moves on.
        long oldCancelled = closedAt(RequestStatus.CANCELLED, 0);
        long oldCompleted = closedAt(RequestStatus.COMPLETED, 100);
        long oldDeclined = closedAt(RequestStatus.DECLINED, 134);
        long recentCompleted = closedAt(RequestStatus.COMPLETED, 136);
        long stillOpen = closedAt(RequestStatus.SCHEDULED, 0);
        this.notes.save(new RequestNote(oldCompleted, "jo", "Seen", this.clock.instant()));

        // 500 days after the first closure: 365 days back is day 135.
        this.clock.set(EditorSiteTest.NOW.plusDays(500));
        int purged = this.retention.purge(this.clock.instant(), 365);

        assertThat(purged).isEqualTo(3);
        assertThat(this.requests.findAll())
                .extracting(ConsultationRequest::getId)
                .containsExactlyInAnyOrder(recentCompleted, stillOpen);
        assertThat(this.requests.existsById(oldCancelled)).isFalse();
        assertThat(this.requests.existsById(oldDeclined)).isFalse();
        assertThat(this.notes.findByRequestIdOrderByCreatedAtAscIdAsc(oldCompleted))
                .isEmpty();
        String audit = this.mockMvc
                .perform(get("/staff/audit").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(audit).select("tbody tr").eachText())
                .anyMatch((row) -> row.contains("system") && row.contains("Purged closed requests"));
    }

    @Test
    void theNightlyJobPurgesByTheClockAndTheRetentionProperty() {
        long closed = closedAt(RequestStatus.COMPLETED, 0);
        long closedTwoMinutesLater = closedAt(RequestStatus.COMPLETED, 0, 2);

        // The job runs once here: ShedLock holds its lock for a minute after a run.
        this.clock.set(EditorSiteTest.NOW.plusDays(365).plusMinutes(1));
        this.job.purgeExpiredRequests();

        assertThat(this.requests.existsById(closed)).isFalse();
        assertThat(this.requests.findAll())
                .extracting(ConsultationRequest::getId)
                .containsExactly(closedTwoMinutesLater);
    }

    @Test
    void openRequestsAreNeverPurgedHoweverOld() {
        for (RequestStatus status : List.of(RequestStatus.NEW, RequestStatus.CONTACTED, RequestStatus.SCHEDULED)) {
            closedAt(status, 0);
        }

        this.clock.set(EditorSiteTest.NOW.plusYears(10));
        assertThat(this.retention.purge(this.clock.instant(), 1)).isZero();
        assertThat(this.requests.count()).isEqualTo(3);
    }

    /** A request whose status changes {@code day} days after the clock's start, at that moment's clock. */
    private long closedAt(RequestStatus status, int day) {
        return closedAt(status, day, 0);
    }

    private long closedAt(RequestStatus status, int day, int minutes) {
        this.clock.set(EditorSiteTest.NOW.plusDays(day).plusMinutes(minutes));
        long id = this.bookings
                .submit(InboxTest.form("Retention " + InboxTest.tag(), "no").toRequest())
                .id();
        ConsultationRequest request = this.requests.findById(id).orElseThrow();
        Instant now = this.clock.instant();
        assertThat(request.getCreatedAt()).isEqualTo(now);
        request.changeStatus(status, "reason", now);
        this.requests.save(request);
        return id;
    }
}
