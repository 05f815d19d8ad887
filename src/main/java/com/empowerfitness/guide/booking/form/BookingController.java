package com.empowerfitness.guide.booking.form;

import com.empowerfitness.guide.booking.BookingService;
import com.empowerfitness.guide.booking.RedFlag;
import com.empowerfitness.guide.booking.ReferenceGenerator;
import com.empowerfitness.guide.booking.ratelimit.BookingRateLimiter;
import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import com.empowerfitness.guide.i18n.Messages;
import com.empowerfitness.guide.seo.PageDescription;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
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
    static final Map<String, String> FIELD_ANCHORS = fieldAnchors();

    private static final String DECOY_REFERENCE = "decoyReference";

    private final BookingService bookings;

    private final BookingRateLimiter rateLimiter;

    private final ReferenceGenerator references;

    private final GuideProperties.Booking properties;

    private final GuideProperties.Clinic clinic;

    private final Messages messages;

    private final LocalizedPaths paths;

    BookingController(
            BookingService bookings,
            BookingRateLimiter rateLimiter,
            ReferenceGenerator references,
            GuideProperties.Booking properties,
            GuideProperties.Clinic clinic,
            Messages messages,
            LocalizedPaths paths) {
        this.messages = messages;
        this.paths = paths;
        this.bookings = bookings;
        this.rateLimiter = rateLimiter;
        this.references = references;
        this.properties = properties;
        this.clinic = clinic;
    }

    /**
     * Blank answers are no answers, so optional fields skip their format checks; text is cleaned (see
     * {@link FormText}). Only the form's own fields are bound by their plain names: an indexed name such as
     * {@code preferredTimes[10000]} would make the binder grow a list, so it is refused with a field error.
     */
    @InitBinder("bookingForm")
    void bindOnlyTheFormsFields(WebDataBinder binder) {
        configure(binder);
    }

    static void configure(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(BookingForm.MAX_PREFERRED_TIMES + 1);
        binder.registerCustomEditor(String.class, new FormText.Editor());
        binder.setAllowedFields(BookingForm.BOUND_FIELDS);
    }

    /** The checks that binding by name cannot do: the red-flag answers and refused (indexed) field names. */
    static void checkWhatBindingCannot(BookingForm form, BindingResult result, HttpServletRequest request) {
        form.readRedFlagAnswers(request::getParameter);
        for (RedFlag flag : form.redFlagProblems()) {
            result.addError(new FieldError(
                    "bookingForm",
                    flag.field(),
                    form.answer(flag),
                    false,
                    new String[] {BookingForm.ANSWER_YES_OR_NO_KEY},
                    null,
                    BookingForm.ANSWER_YES_OR_NO));
        }
        for (String field : result.getSuppressedFields()) {
            if (field.startsWith("preferredTimes[")) {
                result.addError(new FieldError(
                        "bookingForm",
                        "preferredTimes",
                        null,
                        false,
                        new String[] {"booking.error.preferredTimes.choice"},
                        null,
                        "Choose your preferred times from the list"));
                break;
            }
        }
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("contactMethods", BookingOptions.CONTACT_METHODS);
        model.addAttribute("preferredTimeOptions", BookingOptions.PREFERRED_TIMES);
        model.addAttribute("symptomDurations", BookingOptions.SYMPTOM_DURATIONS);
        Map<String, String> durations = new LinkedHashMap<>();
        BookingOptions.SYMPTOM_DURATIONS
                .keySet()
                .forEach((value) -> durations.put(value, this.messages.get("booking.option.duration." + value)));
        model.addAttribute("symptomDurationLabels", durations);
        model.addAttribute("redFlags", RedFlag.values());
        model.addAttribute("clinic", this.clinic);
        model.addAttribute("privacyNoticeVersion", this.properties.privacyNoticeVersion());
        model.addAttribute("retentionDays", this.properties.retentionDays());
        model.addAttribute("fieldAnchors", FIELD_ANCHORS);
        model.addAttribute(
                PageDescription.ATTRIBUTE, PageDescription.webPage(this.messages.get("layout.nav.book"), null));
    }

    /**
     * The request form; {@code /book} itself starts online scheduling, which links here. Each language's addresses
     * map to the same methods ({@code i18n/paths_*.properties}; the path sets the language); redirects are localized
     * by {@link LocalizedPaths}.
     */
    @GetMapping("/book/request")
    String form(Model model) {
        model.addAttribute("bookingForm", new BookingForm());
        model.addAttribute("errors", Map.of());
        return FORM_VIEW;
    }

    /**
     * Reached only by a forward from {@link ExpiredBookingFormHandler} (a request attribute, which no client can
     * set, says so): the patient's words back in the form, within the form's own limits, answered in the same
     * response so that nothing is kept on the server. It counts against the booking rate limit like a post.
     */
    @RequestMapping(ExpiredBookingFormHandler.REFILL_PATH)
    String refill(Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(ExpiredBookingFormHandler.EXPIRED) instanceof Boolean)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        BookingRateLimiter.Decision decision = this.rateLimiter.tryAcquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            return tooMany(decision, model, response);
        }
        BookingForm form = new BookingForm();
        WebDataBinder binder = new WebDataBinder(form, "bookingForm");
        configure(binder);
        binder.bind(new MutablePropertyValues(request.getParameterMap()));
        form.readRedFlagAnswers(request::getParameter);
        form.keepWithinLimits();
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("bookingForm", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("expired", true);
        return FORM_VIEW;
    }

    @PostMapping(ExpiredBookingFormHandler.FORM_PATH)
    String submit(
            @Valid @ModelAttribute("bookingForm") BookingForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        checkWhatBindingCannot(form, result, request);
        if (form.isHoneypotFilled()) {
            // Answer exactly like a success so that a bot learns nothing; store nothing.
            log.info("Booking form honeypot was filled in; submission dropped");
            redirect.addFlashAttribute(DECOY_REFERENCE, this.references.nextReference());
            return "redirect:" + this.paths.link("/book/confirmation/" + this.references.nextToken());
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "errors", FormErrors.of(result, BookingForm.FIELD_ORDER, this.messages.source(), locale));
            return FORM_VIEW;
        }
        BookingRateLimiter.Decision decision = this.rateLimiter.tryAcquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            return tooMany(decision, model, response);
        }
        BookingService.Submission submission = this.bookings.submit(form.toRequest(Messages.currentLanguage()));
        return "redirect:" + this.paths.link("/book/confirmation/" + submission.token());
    }

    private static String tooMany(BookingRateLimiter.Decision decision, Model model, HttpServletResponse response) {
        log.info("Booking rate limit reached for a client; answered 429");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        long minutes = Math.max(1, (decision.retryAfter().toSeconds() + 59) / 60);
        response.setHeader(
                HttpHeaders.RETRY_AFTER,
                String.valueOf(Math.max(1, decision.retryAfter().toSeconds())));
        model.addAttribute("retryMinutes", minutes);
        return TOO_MANY_VIEW;
    }

    private static Map<String, String> fieldAnchors() {
        Map<String, String> anchors = new LinkedHashMap<>();
        anchors.put("name", "name");
        anchors.put("email", "email");
        anchors.put("phone", "phone");
        anchors.put("preferredContact", "preferredContact-email");
        anchors.put("preferredTimes", "preferredTimes-weekday-mornings");
        anchors.put("symptomDuration", "symptomDuration");
        for (RedFlag flag : RedFlag.values()) {
            anchors.put(flag.field(), flag.field() + "-yes");
        }
        anchors.put("message", "message");
        anchors.put("consent", "consent");
        return Map.copyOf(anchors);
    }

    @GetMapping("/book/confirmation/{token}")
    String confirmation(@PathVariable String token, Model model, HttpServletResponse response) {
        // The same for a real request and the honeypot's decoy: a bot must not tell them apart.
        model.addAttribute(
                PageDescription.ATTRIBUTE, PageDescription.webPage(this.messages.get("confirmation.pageTitle"), null));
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
    String privacy(Model model) {
        model.addAttribute(
                PageDescription.ATTRIBUTE, PageDescription.webPage(this.messages.get("privacy.heading"), null));
        return PRIVACY_VIEW;
    }
}
