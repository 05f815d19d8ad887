package com.empowerfitness.guide.booking.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.form.BookingForm;
import com.empowerfitness.guide.support.SharedContextTest;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

class CsvExportTest extends SharedContextTest {

    @Autowired
    BookingService bookings;

    @Test
    void exportIsAnAttachmentHonouringTheFiltersWithFormulasDefused() throws Exception {
        String tag = InboxTest.tag();
        BookingForm hostile = InboxTest.form("=HYPERLINK(\"http://evil.example\",\"Click\") " + tag, "yes");
        hostile.setMessage("@SUM(1+1)*cmd|' /C calc'!A0\nsecond line, with comma");
        hostile.setPhone("+1 555 000 1111");
        BookingService.Submission first = this.bookings.submit(hostile.toRequest());
        BookingService.Submission second = this.bookings.submit(
                InboxTest.form("Zoë 😀 \u202Eevil " + tag, "no").toRequest());
        this.bookings.submit(InboxTest.form("Not matching", "no").toRequest());

        MockHttpServletResponse response = this.mockMvc
                .perform(get("/staff/bookings.csv")
                        .sessionAttr(InboxSearch.ATTRIBUTE, tag)
                        .with(InboxTest.STAFF))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("consultation-requests-");
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF\"reference\",\"received\",\"status\"");
        List<List<String>> rows = parse(body.substring(1));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).hasSize(CsvExportController.HEADER.size());
        List<String> urgentRow = rows.get(1);
        assertThat(urgentRow.get(0)).isEqualTo(first.reference());
        assertThat(urgentRow.get(4)).isEqualTo("yes");
        assertThat(urgentRow.get(5)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\") " + tag);
        assertThat(urgentRow.get(7)).isEqualTo("'+1 555 000 1111");
        assertThat(urgentRow.get(16)).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0\nsecond line, with comma");
        assertThat(rows.get(2).get(0)).isEqualTo(second.reference());
        assertThat(rows.get(2).get(5)).isEqualTo("Zoë 😀 \u202Eevil " + tag);
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        }
    }

    @Test
    void exportIsAudited() throws Exception {
        this.mockMvc.perform(get("/staff/bookings.csv?status=NEW")
                .sessionAttr(InboxSearch.ATTRIBUTE, "secret-name")
                .with(InboxTest.STAFF));

        String audit = this.mockMvc
                .perform(get("/staff/audit").with(InboxTest.ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(audit).select("tbody tr").eachText())
                .anyMatch((row) -> row.contains("Exported requests as CSV") && row.contains("status NEW"));
        assertThat(audit).doesNotContain("secret-name");
    }

    @Test
    void exportStreamsEveryMatchingRowAcrossPages() throws Exception {
        String tag = InboxTest.tag();
        int count = CsvExportController.PAGE_SIZE + 3;
        for (int i = 0; i < count; i++) {
            this.bookings.submit(InboxTest.form("Many " + i + " " + tag, "no").toRequest());
        }

        String body = this.mockMvc
                .perform(get("/staff/bookings.csv")
                        .sessionAttr(InboxSearch.ATTRIBUTE, tag)
                        .with(InboxTest.STAFF))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        List<List<String>> rows = parse(body.substring(1));
        assertThat(rows).hasSize(count + 1);
        assertThat(rows.stream().skip(1).map((row) -> row.get(0)).distinct().count())
                .isEqualTo(count);
    }

    /** A strict RFC 4180 reader: CRLF row ends, quoted fields may hold commas, quotes and newlines. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertThat(cell).as("quote only at the start of a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                assertThat(csv.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                i++;
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                assertThat(c).as("bare LF outside quotes").isNotEqualTo('\n');
                cell.append(c);
            }
        }
        assertThat(cell).as("file ends with CRLF").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
