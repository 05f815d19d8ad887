package com.empowerfitness.guide.booking.inbox;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.RequestNote;
import com.empowerfitness.guide.booking.RequestStatus;
import com.empowerfitness.guide.staff.StaffPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff inbox. The filter form is posted and answered with a redirect: status and dates go into the address
 * (bookmarkable), the free-text search into the session ({@link InboxSearch}), never into an address.
 */
@Controller
@StaffPage
class InboxController {

    static final String LIST_VIEW = "staff/bookings";

    static final String DETAIL_VIEW = "staff/booking";

    private static final int MAX_TEXT = 2000;

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/staff/bookings")
    String list(
            @ModelAttribute("filter") InboxFilter filter,
            BindingResult ignoredBadPageNumber,
            HttpSession session,
            Model model) {
        InboxSearch.applyTo(filter, session);
        Page<ConsultationRequest> page = this.inbox.page(filter);
        String query = filter.toQuery();
        String base = "/staff/bookings?" + (query.isEmpty() ? "" : query + "&");
        model.addAttribute("requests", page);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("csvHref", "/staff/bookings.csv" + (query.isEmpty() ? "" : "?" + query));
        model.addAttribute("previousHref", page.hasPrevious() ? base + "page=" + (page.getNumber() - 1) : null);
        model.addAttribute("nextHref", page.hasNext() ? base + "page=" + (page.getNumber() + 1) : null);
        return LIST_VIEW;
    }

    /** The filter form: the search is remembered in the session, the rest goes into the redirect's address. */
    @PostMapping("/staff/bookings")
    String applyFilters(
            @ModelAttribute("filter") InboxFilter filter, BindingResult ignoredBadPageNumber, HttpSession session) {
        InboxSearch.remember(session, filter.getQ());
        String query = filter.toQuery();
        return "redirect:/staff/bookings" + (query.isEmpty() ? "" : "?" + query);
    }

    @GetMapping("/staff/bookings/{id}")
    String detail(@PathVariable long id, Authentication authentication, Model model) {
        ConsultationRequest request =
                this.inbox.view(authentication.getName(), id).orElseThrow(InboxController::notFound);
        return showDetail(request, model);
    }

    @PostMapping("/staff/bookings/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<RequestStatus> newStatus = parse(status);
        String trimmedReason = (reason == null) ? "" : reason.trim();
        String problem = null;
        if (newStatus.isEmpty()) {
            problem = "Choose a status";
        } else if (newStatus.get().requiresReason() && trimmedReason.isEmpty()) {
            problem = "Give a reason for " + newStatus.get().getLabel().toLowerCase(java.util.Locale.ROOT)
                    + " this request";
        } else if (trimmedReason.length() > 500) {
            problem = "The reason must be 500 characters or fewer";
        }
        if (problem != null) {
            return detailWithProblem(id, authentication, model, response, "statusProblem", problem);
        }
        if (!this.inbox.changeStatus(authentication.getName(), id, newStatus.get(), trimmedReason)) {
            throw notFound();
        }
        redirect.addFlashAttribute(
                "notice", "Status changed to " + newStatus.get().getLabel() + ".");
        return "redirect:/staff/bookings/" + id;
    }

    @PostMapping("/staff/bookings/{id}/notes")
    String addNote(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String text = (body == null) ? "" : body.trim();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            return detailWithProblem(
                    id,
                    authentication,
                    model,
                    response,
                    "noteProblem",
                    text.isEmpty() ? "Write the note" : "A note must be 2,000 characters or fewer");
        }
        if (!this.inbox.addNote(authentication.getName(), id, text)) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "Note added.");
        return "redirect:/staff/bookings/" + id;
    }

    /** Administrators only (see SecurityConfig): a patient asked for their request to be deleted. */
    @PostMapping("/staff/bookings/{id}/erase")
    String erase(
            @PathVariable long id,
            @RequestParam(required = false) String confirm,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            return detailWithProblem(
                    id,
                    authentication,
                    model,
                    response,
                    "eraseProblem",
                    "Tick the box to confirm that this request should be erased");
        }
        String reference = this.inbox.erase(authentication.getName(), id).orElseThrow(InboxController::notFound);
        redirect.addFlashAttribute("notice", "Request " + reference + " has been erased.");
        return "redirect:/staff/bookings";
    }

    private String detailWithProblem(
            long id,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            String key,
            String problem) {
        ConsultationRequest request =
                this.inbox.view(authentication.getName(), id).orElseThrow(InboxController::notFound);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(key, problem);
        return showDetail(request, model);
    }

    private String showDetail(ConsultationRequest request, Model model) {
        List<RequestNote> notes = this.inbox.notes(request.getId());
        model.addAttribute("request", request);
        model.addAttribute("notes", notes);
        model.addAttribute("statuses", RequestStatus.values());
        return DETAIL_VIEW;
    }

    private static Optional<RequestStatus> parse(String status) {
        try {
            return (status == null) ? Optional.empty() : Optional.of(RequestStatus.valueOf(status));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
