package com.empowerfitness.guide.scheduling.book;

import com.empowerfitness.guide.booking.ratelimit.BookingRateLimiter;
import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import com.empowerfitness.guide.i18n.Messages;
import com.empowerfitness.guide.i18n.PageAlternates;
import com.empowerfitness.guide.scheduling.Appointment;
import com.empowerfitness.guide.scheduling.AppointmentMailer;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.ClinicZone;
import com.empowerfitness.guide.scheduling.FreeSlot;
import com.empowerfitness.guide.scheduling.RedFlagQuestions;
import com.empowerfitness.guide.scheduling.SchedulingService;
import com.empowerfitness.guide.scheduling.SlotKey;
import com.empowerfitness.guide.scheduling.SlotTakenException;
import com.empowerfitness.guide.scheduling.TypeTexts;
import com.empowerfitness.guide.seo.PageDescription;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's booking: type, then a week of free times, then details and the red-flag questions, then the
 * confirmation. Server-rendered forms only; nothing needs JavaScript.
 */
@Controller
class BookController {

    private static final Logger log = LoggerFactory.getLogger(BookController.class);

    static final String TYPES_VIEW = "scheduling/book/types";

    static final String TIMES_VIEW = "scheduling/book/times";

    static final String DETAILS_VIEW = "scheduling/book/details";

    static final String CONFIRMED_VIEW = "scheduling/book/confirmed";

    static final String GONE_VIEW = "scheduling/book/gone";

    static final String TOO_MANY_VIEW = "scheduling/book/too-many";

    static final String TAKEN_MESSAGE =
            "Sorry, that time has just been taken. Choose another time below: we kept" + " your details.";

    static final String BOOKED_TOKEN = "bookedToken";

    private static final Map<String, String> FIELD_ANCHORS = Map.ofEntries(
            Map.entry("slot", "slot-choices"),
            Map.entry("name", "name"),
            Map.entry("email", "email"),
            Map.entry("phone", "phone"),
            Map.entry("redFlagNumbness", "redFlagNumbness-yes"),
            Map.entry("redFlagBladderBowel", "redFlagBladderBowel-yes"),
            Map.entry("redFlagWeakness", "redFlagWeakness-yes"),
            Map.entry("redFlagFever", "redFlagFever-yes"),
            Map.entry("redFlagFall", "redFlagFall-yes"),
            Map.entry("message", "message"),
            Map.entry("consent", "consent"));

    private final SchedulingService scheduling;

    private final ClinicZone zone;

    private final AppointmentMailer mailer;

    private final GuideProperties properties;

    private final WeekOfTimes weeks;

    private final BookingRateLimiter rateLimiter;

    private final Messages messages;

    private final LocalizedPaths paths;

    private final TypeTexts texts;

    BookController(
            SchedulingService scheduling,
            ClinicZone zone,
            AppointmentMailer mailer,
            GuideProperties properties,
            WeekOfTimes weeks,
            BookingRateLimiter rateLimiter,
            Messages messages,
            LocalizedPaths paths,
            TypeTexts texts) {
        this.messages = messages;
        this.paths = paths;
        this.texts = texts;
        this.weeks = weeks;
        this.rateLimiter = rateLimiter;
        this.scheduling = scheduling;
        this.zone = zone;
        this.mailer = mailer;
        this.properties = properties;
    }

    @InitBinder("appointmentForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("clinic", this.properties.clinic());
        model.addAttribute("zoneName", this.zone.displayName());
    }

    /**
     * Each language's addresses map here too ({@code i18n/paths_*.properties}; the path sets the language); links
     * and redirects are written with the English addresses and localized by {@link LocalizedPaths}.
     */
    @GetMapping("/book")
    String types(Model model) {
        model.addAttribute("types", this.texts.words(this.scheduling.onlineTypes()));
        model.addAttribute(
                PageDescription.ATTRIBUTE, PageDescription.webPage(this.messages.get("schedule.types.heading"), null));
        return TYPES_VIEW;
    }

    @GetMapping("/book/{slug:[a-z0-9-]+}")
    String times(
            @PathVariable String slug,
            @RequestParam(required = false) String week,
            Model model,
            HttpServletResponse response) {
        Optional<AppointmentType> type = this.scheduling.onlineType(slug);
        if (type.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        this.weeks.addTo(model, type.get(), this.weeks.parseWeek(week), null);
        model.addAttribute("formAction", this.paths.link("/book/" + slug + "/details"));
        model.addAttribute("weekBase", this.paths.link("/book/" + slug));
        return TIMES_VIEW;
    }

    @GetMapping("/book/{slug:[a-z0-9-]+}/details")
    String details(
            @PathVariable String slug,
            @RequestParam(required = false) String slot,
            @RequestParam(required = false) String week,
            Model model,
            HttpServletResponse response) {
        Optional<AppointmentType> type = this.scheduling.onlineType(slug);
        if (type.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        Optional<FreeSlot> chosen =
                SlotKey.parse(slot).flatMap((key) -> this.scheduling.offered(type.get(), key, null));
        if (chosen.isEmpty()) {
            response.setStatus(slot == null || slot.isBlank() ? 400 : HttpStatus.CONFLICT.value());
            this.weeks.addTo(model, type.get(), this.weeks.parseWeek(week), null);
            model.addAttribute("formAction", this.paths.link("/book/" + slug + "/details"));
            model.addAttribute("weekBase", this.paths.link("/book/" + slug));
            model.addAttribute(
                    "slotError",
                    (slot == null || slot.isBlank())
                            ? this.messages.get("schedule.error.slot")
                            : this.messages.get("schedule.error.slotGone"));
            return TIMES_VIEW;
        }
        AppointmentForm form = new AppointmentForm();
        form.setType(slug);
        form.setSlot(chosen.get().key());
        detailsModel(model, type.get(), form, Map.of(), chosen.get(), null);
        return DETAILS_VIEW;
    }

    @PostMapping("/book/appointment")
    String book(
            @Valid @ModelAttribute("appointmentForm") AppointmentForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<AppointmentType> type = Optional.ofNullable(form.getType()).flatMap(this.scheduling::onlineType);
        if (type.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        if (form.isHoneypotFilled()) {
            log.info("Appointment form honeypot was filled in; submission dropped");
            return "redirect:" + this.paths.link("/book/confirmed");
        }
        if (!form.hasContact() && result.getFieldError("email") == null && result.getFieldError("phone") == null) {
            result.addError(new FieldError(
                    "appointmentForm", "email", null, false, null, null, this.messages.get("schedule.error.contact")));
        }
        Optional<SlotKey> key = SlotKey.parse(form.getSlot());
        Optional<FreeSlot> chosen = key.flatMap((k) -> this.scheduling.offered(type.get(), k, null));
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            detailsModel(model, type.get(), form, errors(result), chosen.orElse(null), chosen.isPresent() ? null : key);
            return DETAILS_VIEW;
        }
        // The same limit as the consultation request form, and the same budget per address: a client flooding
        // bookings is slowed before any appointment is stored; a patient correcting mistakes never reaches it.
        BookingRateLimiter.Decision decision = this.rateLimiter.tryAcquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            log.info("Booking rate limit reached for a client on /book/appointment; answered 429");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            long seconds = Math.max(1, decision.retryAfter().toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            model.addAttribute("retryMinutes", Math.max(1, (seconds + 59) / 60));
            return TOO_MANY_VIEW;
        }
        try {
            SchedulingService.Booked booked = this.scheduling.book(
                    type.get(),
                    key.orElseThrow(() -> new SlotTakenException("not a time of the form", null)),
                    form.toDetails(this.properties.booking().privacyNoticeVersion(), Messages.currentLanguage()),
                    null,
                    null);
            redirect.addFlashAttribute(BOOKED_TOKEN, booked.token());
            return "redirect:" + this.paths.link("/book/confirmed");
        } catch (SlotTakenException ex) {
            log.info("A patient's chosen time was taken; answered 409 with alternatives");
            response.setStatus(HttpStatus.CONFLICT.value());
            detailsModel(model, type.get(), form, Map.of(), null, key);
            model.addAttribute("taken", this.messages.get("schedule.error.taken"));
            return DETAILS_VIEW;
        }
    }

    @GetMapping("/book/confirmed")
    String confirmed(Model model, HttpServletResponse response) {
        Object token = model.getAttribute(BOOKED_TOKEN);
        Optional<Appointment> appointment =
                (token instanceof String value) ? this.scheduling.byToken(value) : Optional.empty();
        if (appointment.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return GONE_VIEW;
        }
        AppointmentView.addTo(model, appointment.get(), this.scheduling, this.texts, this.zone, this.mailer);
        model.addAttribute("token", token);
        // This page lives on a one-time flash: in another language the same booking is its manage page.
        Map<String, String> sameBooking = new java.util.LinkedHashMap<>();
        for (Language each : this.paths.languages().all()) {
            sameBooking.put(each.code(), "/book/manage/" + token);
        }
        PageAlternates.put(model, sameBooking);
        return CONFIRMED_VIEW;
    }

    private void detailsModel(
            Model model,
            AppointmentType type,
            AppointmentForm form,
            Map<String, String> errors,
            FreeSlot chosen,
            Optional<SlotKey> wanted) {
        model.addAttribute("type", type);
        model.addAttribute("typeWords", this.texts.words(type));
        model.addAttribute("appointmentForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldAnchors", FIELD_ANCHORS);
        model.addAttribute("redFlags", RedFlagQuestions.all());
        model.addAttribute("privacyNoticeVersion", this.properties.booking().privacyNoticeVersion());
        if (chosen != null) {
            model.addAttribute("chosen", SlotView.of(chosen, this.zone));
        } else {
            // The time is gone (or was never valid): the nearest free times, to choose from in the same form.
            Optional<SlotKey> asked = (wanted == null) ? Optional.empty() : wanted;
            java.time.Instant around = asked.map(SlotKey::start)
                    .filter((start) -> start.isAfter(this.scheduling.now()))
                    .orElse(this.scheduling.now());
            List<FreeSlot> nearest = this.scheduling.nearest(type, around, 6, null);
            model.addAttribute("alternatives", this.weeks.byDay(nearest));
        }
    }

    private Map<String, String> errors(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt((FieldError error) -> {
                    int index = AppointmentForm.FIELD_ORDER.indexOf(error.getField());
                    return index >= 0 ? index : AppointmentForm.FIELD_ORDER.size();
                }))
                .forEach((error) -> errors.putIfAbsent(
                        error.getField(),
                        error.getDefaultMessage() == null
                                ? this.messages.get("booking.error.check")
                                : error.getDefaultMessage()));
        return errors;
    }
}
