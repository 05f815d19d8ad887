package com.empowerfitness.guide.booking.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.MovedClockSiteTest;
import com.empowerfitness.guide.booking.RequestNote;
import com.empowerfitness.guide.booking.RequestNoteRepository;
import com.empowerfitness.guide.support.EditorSiteTest;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxTimeTest extends MovedClockSiteTest {

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @Autowired
    RequestNoteRepository notes;

    @Test
    void statusChangesAndNotesAreStampedWithTheClock() throws Exception {
        long id = this.bookings
                .submit(InboxTest.form("Clock " + InboxTest.tag(), "no").toRequest())
                .id();

        this.clock.set(EditorSiteTest.NOW.plusHours(3));
        this.mockMvc.perform(post("/staff/bookings/{id}/status", id)
                .with(InboxTest.STAFF)
                .with(csrf())
                .param("status", "CONTACTED"));
        this.clock.set(EditorSiteTest.NOW.plusHours(5));
        this.mockMvc.perform(post("/staff/bookings/{id}/notes", id)
                .with(InboxTest.STAFF)
                .with(csrf())
                .param("body", "Called back"));

        ConsultationRequest request = this.requests.findById(id).orElseThrow();
        assertThat(request.getCreatedAt()).isEqualTo(EditorSiteTest.NOW.toInstant(ZoneOffset.UTC));
        assertThat(request.getStatusChangedAt())
                .isEqualTo(EditorSiteTest.NOW.plusHours(3).toInstant(ZoneOffset.UTC));
        List<RequestNote> stored = this.notes.findByRequestIdOrderByCreatedAtAscIdAsc(id);
        assertThat(stored)
                .extracting(RequestNote::getCreatedAt)
                .containsExactly(
                        EditorSiteTest.NOW.plusHours(3).toInstant(ZoneOffset.UTC),
                        EditorSiteTest.NOW.plusHours(5).toInstant(ZoneOffset.UTC));
    }
}
