package com.empowerfitness.guide.booking.form;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.ReferenceGenerator;
import com.empowerfitness.guide.booking.ratelimit.BookingRateLimiter;
import com.empowerfitness.guide.config.GuideProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The patient's side: the form, its confirmation page and the privacy notice. */
@Controller
class BookingController {

    private static final Logger log = LoggerFactory.getLogger(BookingController.class);

    static final String FORM_VIEW = "booking/form";

    static final String CONFIRMATION_VIEW = "booking/confirmation";

    static final String CONFIRMATION_GONE_VIEW = "booking/confirmation-gone";

    static final String TOO_MANY_VIEW = "booking/too-many-requests";

    static final String PRIVACY_VIEW = "booking/privacy";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** Where each error in the summary links to: the field, or the first choice of a group. */
    static final Map<String, String> FIELD_ANCHORS = Map.ofEntries(
            Map.entry("name", "name"),
            Map.entry("email", "email"),
            Map.entry("phone", "phone"),
            Map.entry("preferredContact", "preferredContact-email"),
            Map.entry("preferredTimes", "preferredTimes-weekday-mornings"),
            Map.entry("symptomDuration", "symptomDuration"),
            Map.entry("redFlagNumbness", "redFlagNumbness-yes"),
            Map.entry("redFlagBladderBowel", "redFlagBladderBowel-yes"),
            Map.entry("redFlagWeakness", "redFlagWeakness-yes"),
            Map.entry("redFlagFever", "redFlagFever-yes"),
            Map.entry("redFlagFall", "redFlagFall-yes"),
            Map.entry("message", "message"),
            Map.entry("consent", "consent"));

    private static final String DECOY_REFERENCE = "decoyReference";

    private final BookingService bookings;

    private final BookingRateLimiter rateLimiter;

    private final ReferenceGenerator references;

    private final GuideProperties.Booking properties;

    private final GuideProperties.Clinic clinic;

    BookingController(
            BookingService bookings,
            BookingRateLimiter rateLimiter,
            ReferenceGenerator references,
            GuideProperties.Booking properties,
            GuideProperties.Clinic clinic) {
        this.bookings = bookings;
        this.rateLimiter = rateLimiter;
        this.references = references;
        this.properties = properties;
        this.clinic = clinic;
    }

    /** Blank answers are no answers, so optional fields skip their format checks. */
    @InitBinder("bookingForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("contactMethods", BookingOptions.CONTACT_METHODS);
        model.addAttribute("preferredTimeOptions", BookingOptions.PREFERRED_TIMES);
        model.addAttribute("symptomDurations", BookingOptions.SYMPTOM_DURATIONS);
        model.addAttribute("redFlags", BookingOptions.RED_FLAGS);
        model.addAttribute("clinic", this.clinic);
        model.addAttribute("privacyNoticeVersion", this.properties.privacyNoticeVersion());
        model.addAttribute("retentionDays", this.properties.retentionDays());
        model.addAttribute("fieldAnchors", FIELD_ANCHORS);
    }

    /** The request form; {@code /book} itself starts online scheduling, which links here. */
    @GetMapping("/book/request")
    String form(Model model) {
        BookingForm form = new BookingForm();
        if (model.getAttribute(ExpiredBookingFormHandler.EXPIRED_VALUES) instanceof Map<?, ?> values) {
            // Posted after the session ended (ExpiredBookingFormHandler): the patient's words, back in the form.
            new WebDataBinder(form, "bookingForm").bind(new MutablePropertyValues(values));
            model.addAttribute("expired", true);
        }
        model.addAttribute("bookingForm", form);
        model.addAttribute("errors", Map.of());
        return FORM_VIEW;
    }

    @PostMapping("/book")
    String submit(
            @Valid @ModelAttribute("bookingForm") BookingForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.isHoneypotFilled()) {
            // Answer exactly like a success so that a bot learns nothing; store nothing.
            log.info("Booking form honeypot was filled in; submission dropped");
            redirect.addFlashAttribute(DECOY_REFERENCE, this.references.nextReference());
            return "redirect:/book/confirmation/" + this.references.nextToken();
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", FormErrors.of(result, BookingForm.FIELD_ORDER));
            return FORM_VIEW;
        }
        BookingRateLimiter.Decision decision = this.rateLimiter.tryAcquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            log.info("Booking rate limit reached for a client; answered 429");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            long minutes = Math.max(1, (decision.retryAfter().toSeconds() + 59) / 60);
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(Math.max(1, decision.retryAfter().toSeconds())));
            model.addAttribute("retryMinutes", minutes);
            return TOO_MANY_VIEW;
        }
        BookingService.Submission submission = this.bookings.submit(form);
        return "redirect:/book/confirmation/" + submission.token();
    }

    @GetMapping("/book/confirmation/{token}")
    String confirmation(@PathVariable String token, Model model, HttpServletResponse response) {
        Object decoy = model.getAttribute(DECOY_REFERENCE);
        if (decoy != null) {
            model.addAttribute("reference", decoy);
            model.addAttribute("urgent", false);
            return CONFIRMATION_VIEW;
        }
        Optional<BookingService.Confirmation> confirmation =
                TOKEN.matcher(token).matches() ? this.bookings.findConfirmation(token) : Optional.empty();
        if (confirmation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return CONFIRMATION_GONE_VIEW;
        }
        model.addAttribute("reference", confirmation.get().reference());
        model.addAttribute("urgent", confirmation.get().urgent());
        return CONFIRMATION_VIEW;
    }

    @GetMapping("/privacy")
    String privacy() {
        return PRIVACY_VIEW;
    }
}
