package com.empowerfitness.guide.booking.inbox;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.RequestStatus;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox filters. Status, dates and page travel in the query string (nothing personal, and those views can be
 * bookmarked); the free-text search does not: it is often a patient's name, so it is kept in the staff member's
 * session ({@link InboxSearch}) and {@link #toQuery} leaves it out. Bad values are ignored with a message rather
 * than failing the page.
 */
public class InboxFilter {

    /** Not a status: NEW, CONTACTED and SCHEDULED together. */
    static final String OPEN = "OPEN";

    /** Urgent first, then newest; the id settles ties so paging is stable. */
    static final Sort INBOX_ORDER =
            Sort.by(Sort.Order.desc("urgent"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private String status;

    private String from;

    private String to;

    private String q;

    private int page;

    /** Field errors of the filter form (status, from, to): values that were ignored, and why. */
    private final Map<String, String> errors = new LinkedHashMap<>();

    Set<RequestStatus> statuses() {
        if (this.status == null || this.status.isBlank()) {
            return EnumSet.allOf(RequestStatus.class);
        }
        if (OPEN.equals(this.status)) {
            return EnumSet.of(RequestStatus.NEW, RequestStatus.CONTACTED, RequestStatus.SCHEDULED);
        }
        try {
            return EnumSet.of(RequestStatus.valueOf(this.status));
        } catch (IllegalArgumentException ex) {
            this.errors.putIfAbsent("status", "Unknown status: showing every status");
            return EnumSet.allOf(RequestStatus.class);
        }
    }

    Specification<ConsultationRequest> toSpecification(ZoneId zone) {
        Set<RequestStatus> statuses = statuses();
        LocalDate fromDate = date(this.from, "from");
        LocalDate toDate = date(this.to, "to");
        String text = (this.q == null) ? "" : this.q.trim();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (statuses.size() < RequestStatus.values().length) {
                predicates.add(root.get("status").in(statuses));
            }
            if (fromDate != null) {
                predicates.add(cb.greaterThanOrEqualTo(
                        root.get("createdAt"), fromDate.atStartOfDay(zone).toInstant()));
            }
            if (toDate != null) {
                predicates.add(cb.lessThan(
                        root.get("createdAt"),
                        toDate.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (!text.isEmpty()) {
                String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("email")), pattern, '\\'),
                        cb.like(cb.lower(root.get("phone")), pattern, '\\'),
                        cb.like(cb.lower(root.get("reference")), pattern, '\\'),
                        cb.like(cb.lower(root.get("message")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(new Predicate[0]));
        };
    }

    /** The filters as a query string for links (CSV, pages), without the page number. */
    String toQuery() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        addIfPresent(builder, "status", this.status);
        addIfPresent(builder, "from", this.from);
        addIfPresent(builder, "to", this.to);
        // Encoded after building: braces and other characters typed into a field are data, never a URI template.
        String query = builder.build().encode().getQuery();
        return (query == null) ? "" : query;
    }

    /**
     * For the audit log: which filters, but not the search text (it may be a patient's name), and only values
     * that parsed, so nothing typed into the address bar reaches the log.
     */
    String describeWithoutSearchText() {
        Set<RequestStatus> statuses = statuses();
        String statusText = (statuses.size() == RequestStatus.values().length)
                ? "all"
                : (OPEN.equals(this.status) ? OPEN : statuses.iterator().next().name());
        LocalDate fromDate = quietDate(this.from);
        LocalDate toDate = quietDate(this.to);
        return "status " + statusText + ", from " + ((fromDate != null) ? fromDate : "any") + ", to "
                + ((toDate != null) ? toDate : "any")
                + ((this.q == null || this.q.isBlank()) ? "" : ", with search text");
    }

    private static LocalDate quietDate(String value) {
        try {
            return (value == null || value.isBlank()) ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static void addIfPresent(UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value.trim());
        }
    }

    private LocalDate date(String value, String which) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException ex) {
            this.errors.putIfAbsent(which, "The " + which + " date must look like 2026-11-27: it was ignored");
            return null;
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public Map<String, String> getErrors() {
        return this.errors;
    }

    public String getStatus() {
        return this.status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return this.from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return this.to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getQ() {
        return this.q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return this.page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
