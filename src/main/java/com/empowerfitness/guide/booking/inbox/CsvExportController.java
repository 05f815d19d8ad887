package com.empowerfitness.guide.booking.inbox;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.staff.StaffTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

    static final List<String> HEADER = List.of(
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
            "symptom_duration",
            "numbness_or_tingling",
            "bladder_or_bowel",
            "leg_weakness",
            "fever",
            "recent_fall",
            "message",
            "privacy_notice_version",
            "consented_at");

    private final InboxService inbox;

    private final StaffTime time;

    CsvExportController(InboxService inbox, StaffTime time) {
        this.inbox = inbox;
        this.time = time;
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
                        .filename("consultation-requests-" + LocalDate.now(this.time.zone()) + ".csv")
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
        return List.of(
                r.getReference(),
                this.time.format(r.getCreatedAt()),
                r.getStatus().name(),
                nullToEmpty(r.getStatusReason()),
                yesNo(r.isUrgent()),
                r.getName(),
                nullToEmpty(r.getEmail()),
                nullToEmpty(r.getPhone()),
                nullToEmpty(r.getPreferredContact()),
                String.join("; ", r.getPreferredTimeLabels()),
                r.getSymptomDurationLabel(),
                yesNo(r.isRedFlagNumbness()),
                yesNo(r.isRedFlagBladderBowel()),
                yesNo(r.isRedFlagWeakness()),
                yesNo(r.isRedFlagFever()),
                yesNo(r.isRedFlagFall()),
                nullToEmpty(r.getMessage()),
                r.getConsentNoticeVersion(),
                this.time.format(r.getConsentedAt()));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String nullToEmpty(String value) {
        return (value == null) ? "" : value;
    }
}
