package com.empowerfitness.guide.booking.inbox;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.RequestNote;
import com.empowerfitness.guide.booking.RequestStatus;
import com.empowerfitness.guide.booking.form.FormErrors;
import com.empowerfitness.guide.staff.StaffPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
        Map<String, String> statusOptions = new LinkedHashMap<>();
        statusOptions.put(InboxFilter.OPEN, "Open (new, contacted, scheduled)");
        statusOptions.putAll(statusOptions());
        model.addAttribute("statusOptions", statusOptions);
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

    /** Blank is no answer; reasons and notes are kept as typed otherwise (only the ends trimmed). */
    @InitBinder({StatusChange.NAME, NoteForm.NAME, EraseForm.NAME})
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @PostMapping("/staff/bookings/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @Valid @ModelAttribute(StatusChange.NAME) StatusChange form,
            BindingResult result,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return detailWithErrors(id, authentication, model, response, "statusErrors", result, "status", "reason");
        }
        RequestStatus newStatus = form.newStatus().orElseThrow();
        if (!this.inbox.changeStatus(authentication.getName(), id, newStatus, form.reasonText())) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "Status changed to " + newStatus.getLabel() + ".");
        return "redirect:/staff/bookings/" + id;
    }

    @PostMapping("/staff/bookings/{id}/notes")
    String addNote(
            @PathVariable long id,
            @Valid @ModelAttribute(NoteForm.NAME) NoteForm form,
            BindingResult result,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return detailWithErrors(id, authentication, model, response, "noteErrors", result, "body");
        }
        if (!this.inbox.addNote(authentication.getName(), id, form.body())) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "Note added.");
        return "redirect:/staff/bookings/" + id;
    }

    /** Administrators only (see SecurityConfig): a patient asked for their request to be deleted. */
    @PostMapping("/staff/bookings/{id}/erase")
    String erase(
            @PathVariable long id,
            @Valid @ModelAttribute(EraseForm.NAME) EraseForm form,
            BindingResult result,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return detailWithErrors(id, authentication, model, response, "eraseErrors", result, "confirm");
        }
        String reference = this.inbox.erase(authentication.getName(), id).orElseThrow(InboxController::notFound);
        redirect.addFlashAttribute("notice", "Request " + reference + " has been erased.");
        return "redirect:/staff/bookings";
    }

    private String detailWithErrors(
            long id,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            String key,
            BindingResult result,
            String... fieldOrder) {
        ConsultationRequest request =
                this.inbox.view(authentication.getName(), id).orElseThrow(InboxController::notFound);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(key, FormErrors.of(result, List.of(fieldOrder)));
        return showDetail(request, model);
    }

    private String showDetail(ConsultationRequest request, Model model) {
        List<RequestNote> notes = this.inbox.notes(request.getId());
        model.addAttribute("request", request);
        model.addAttribute("notes", notes);
        model.addAttribute("statuses", statusOptions());
        if (!model.containsAttribute(StatusChange.NAME)) {
            model.addAttribute(
                    StatusChange.NAME, new StatusChange(request.getStatus().name(), null));
        }
        if (!model.containsAttribute(NoteForm.NAME)) {
            model.addAttribute(NoteForm.NAME, new NoteForm(null));
        }
        return DETAIL_VIEW;
    }

    /** Status name to label, in order, for the status select. */
    static Map<String, String> statusOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (RequestStatus status : RequestStatus.values()) {
            options.put(status.name(), status.getLabel());
        }
        return options;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
