package com.empowerfitness.guide.booking.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.support.SharedContextTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The export reads in keyset windows: across window boundaries it keeps the inbox order, ties included. */
class CsvExportOrderTest extends SharedContextTest {

    @Autowired
    BookingService bookings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportKeepsTheInboxOrderAcrossWindowsEvenWhenTimesAreEqual() throws Exception {
        String tag = InboxTest.tag();
        int count = CsvExportController.PAGE_SIZE + 40;
        for (int i = 0; i < count; i++) {
            this.bookings.submit(InboxTest.form("Order " + i + " " + tag, (i % 7 == 0) ? "yes" : "no"));
        }
        // Half of them arrived "at the same moment": only the id can order those.
        this.jdbc.update(
                "UPDATE consultation_request SET created_at = ? WHERE name LIKE ? AND MOD(id, 2) = 0",
                Timestamp.from(Instant.parse("2026-11-20T10:00:00Z")),
                "% " + tag);
        List<String> expected = this.jdbc.queryForList(
                "SELECT reference FROM consultation_request WHERE name LIKE ? "
                        + "ORDER BY urgent DESC, created_at DESC, id DESC",
                String.class,
                "% " + tag);

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
