package com.empowerfitness.guide.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.booking.inbox.InboxTest;
import com.empowerfitness.guide.support.SharedContextTest;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RetentionTest extends SharedContextTest {

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @Autowired
    RequestNoteRepository notes;

    @Autowired
    RetentionService retention;

    @Test
    void closedRequestsPastRetentionArePurgedWithTheirNotesAndOthersKept() throws Exception {
        Instant now = Instant.now();
        long oldCompleted = closed(RequestStatus.COMPLETED, now.minus(Duration.ofDays(400)));
        long oldDeclined = closed(RequestStatus.DECLINED, now.minus(Duration.ofDays(366)));
        long oldCancelled = closed(RequestStatus.CANCELLED, now.minus(Duration.ofDays(500)));
        long recentCompleted = closed(RequestStatus.COMPLETED, now.minus(Duration.ofDays(364)));
        long oldButOpen = closed(RequestStatus.SCHEDULED, now.minus(Duration.ofDays(800)));
        this.notes.save(new RequestNote(oldCompleted, "jo", "Seen", now));

        int purged = this.retention.purge(now, 365);

        assertThat(purged).isGreaterThanOrEqualTo(3);
        assertThat(this.requests.existsById(oldCompleted)).isFalse();
        assertThat(this.requests.existsById(oldDeclined)).isFalse();
        assertThat(this.requests.existsById(oldCancelled)).isFalse();
        assertThat(this.notes.findByRequestIdOrderByCreatedAtAscIdAsc(oldCompleted))
                .isEmpty();
        assertThat(this.requests.existsById(recentCompleted)).isTrue();
        assertThat(this.requests.existsById(oldButOpen)).isTrue();
        String audit = this.mockMvc
                .perform(get("/staff/audit").with(InboxTest.ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(audit).select("tbody tr").eachText())
                .anyMatch((row) -> row.contains("system") && row.contains("Purged closed requests"));
    }

    @Test
    void retentionPeriodComesFromTheProperty() {
        assertThat(this.retention).isNotNull();
        long justPastTen = closed(RequestStatus.COMPLETED, Instant.now().minus(Duration.ofDays(11)));

        this.retention.purge(Instant.now(), 10);

        assertThat(this.requests.existsById(justPastTen)).isFalse();
    }

    private long closed(RequestStatus status, Instant at) {
        long id = this.bookings
                .submit(InboxTest.form("Retention " + InboxTest.tag(), "no"))
                .id();
        ConsultationRequest request = this.requests.findById(id).orElseThrow();
        request.changeStatus(status, "reason", at);
        this.requests.save(request);
        return id;
    }
}
