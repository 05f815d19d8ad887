package com.empowerfitness.guide.booking.inbox;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.RedFlag;
import com.empowerfitness.guide.booking.form.BookingLabels;
import com.empowerfitness.guide.staff.StaffTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The inbox as CSV, honouring the inbox filters, written page by page as it is read. */
@Controller
class CsvExportController {

    static final int PAGE_SIZE = 500;

    static final List<String> HEADER = Stream.of(
                    Stream.of(
                            "reference",
                            "received",
                            "status",
                            "status_reason",
                            "urgent",
                            "name",
                            "email",
                            "phone",
                            "preferred_contact",
                            "preferred_times",
                            "symptom_duration"),
                    Arrays.stream(RedFlag.values()).map(RedFlag::csvColumn),
                    Stream.of("message", "privacy_notice_version", "consented_at"))
            .flatMap(Function.identity())
            .toList();

    private final InboxService inbox;

    private final StaffTime time;

    private final BookingLabels labels;

    private final Clock clock;

    CsvExportController(InboxService inbox, StaffTime time, BookingLabels labels, Clock clock) {
        this.inbox = inbox;
        this.time = time;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/staff/bookings.csv")
    void export(
            @ModelAttribute("filter") InboxFilter filter,
            BindingResult ignoredBadPageNumber,
            Authentication authentication,
            HttpSession session,
            HttpServletResponse response)
            throws IOException {
        InboxSearch.applyTo(filter, session);
        long upToId = this.inbox.startExport(authentication.getName(), filter);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("consultation-requests-" + LocalDate.ofInstant(this.clock.instant(), this.time.zone())
                                + ".csv")
                        .build()
                        .toString());
        Writer writer = response.getWriter();
        // A byte-order mark so that Excel reads UTF-8 names correctly.
        writer.write('\uFEFF');
        writer.write(Csv.row(HEADER));
        ScrollPosition position = ScrollPosition.keyset();
        while (true) {
            Window<ConsultationRequest> rows = this.inbox.exportWindow(filter, upToId, position, PAGE_SIZE);
            for (ConsultationRequest request : rows) {
                writer.write(Csv.row(cells(request)));
            }
            writer.flush();
            if (rows.isEmpty() || !rows.hasNext()) {
                break;
            }
            position = rows.positionAt(rows.size() - 1);
        }
    }

    private List<String> cells(ConsultationRequest r) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.addAll(List.of(
                r.getReference(),
                this.time.format(r.getCreatedAt()),
                r.getStatus().name(),
                nullToEmpty(r.getStatusReason()),
                yesNo(r.isUrgent()),
                r.getName(),
                nullToEmpty(r.getEmail()),
                nullToEmpty(r.getPhone()),
                nullToEmpty(r.getPreferredContact()),
                String.join("; ", this.labels.preferredTimes(r)),
                this.labels.symptomDuration(r)));
        for (RedFlag flag : RedFlag.values()) {
            cells.add(yesNo(r.answeredYes(flag)));
        }
        cells.addAll(List.of(
                nullToEmpty(r.getMessage()), r.getConsentNoticeVersion(), this.time.format(r.getConsentedAt())));
        return cells;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String nullToEmpty(String value) {
        return (value == null) ? "" : value;
    }
}
