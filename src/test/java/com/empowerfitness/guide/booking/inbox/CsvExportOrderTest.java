package com.empowerfitness.guide.booking.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.MovedClockSiteTest;
import com.empowerfitness.guide.support.EditorSiteTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The export reads in keyset windows: across window boundaries it keeps the inbox order, ties included. */
class CsvExportOrderTest extends MovedClockSiteTest {

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void exportKeepsTheInboxOrderAcrossWindowsEvenWhenTimesAreEqual() throws Exception {
        String tag = InboxTest.tag();
        int count = CsvExportController.PAGE_SIZE + 40;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Half of them arrive "at the same moment" (the clock does not move): only the id can order those.
            this.clock.set((i % 2 == 0) ? EditorSiteTest.NOW : EditorSiteTest.NOW.plusSeconds(i));
            ids.add(this.bookings
                    .submit(InboxTest.form("Order " + i + " " + tag, (i % 7 == 0) ? "yes" : "no")
                            .toRequest())
                    .id());
        }
        List<String> expected = this.requests.findAllById(ids).stream()
                .sorted(Comparator.comparing(ConsultationRequest::isUrgent)
                        .thenComparing(ConsultationRequest::getCreatedAt)
                        .thenComparing(ConsultationRequest::getId)
                        .reversed())
                .map(ConsultationRequest::getReference)
                .toList();

        String body = this.mockMvc
                .perform(get("/staff/bookings.csv")
                        .sessionAttr(InboxSearch.ATTRIBUTE, tag)
                        .with(InboxTest.STAFF))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> exported = CsvExportTest.parse(body.substring(1)).stream()
                .skip(1)
                .map((row) -> row.get(0))
                .toList();
        assertThat(expected).hasSize(count);
        assertThat(exported).containsExactlyElementsOf(expected);
    }
}
