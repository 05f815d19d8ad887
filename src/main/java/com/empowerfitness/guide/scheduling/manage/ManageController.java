package com.empowerfitness.guide.scheduling.manage;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import com.empowerfitness.guide.i18n.Messages;
import com.empowerfitness.guide.scheduling.Appointment;
import com.empowerfitness.guide.scheduling.AppointmentMailer;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.ClinicZone;
import com.empowerfitness.guide.scheduling.SchedulingService;
import com.empowerfitness.guide.scheduling.SlotKey;
import com.empowerfitness.guide.scheduling.SlotTakenException;
import com.empowerfitness.guide.scheduling.TypeTexts;
import com.empowerfitness.guide.scheduling.book.AppointmentView;
import com.empowerfitness.guide.scheduling.book.WeekOfTimes;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's own link, {@code /book/manage/{token}}: the token is 256 random bits, stored only as a hash, and
 * the address carries nothing else. Until the cancel cut-off the patient can cancel or move; after it the page
 * gives the clinic's phone number. Pages are never stored by browsers or proxies (the token is a key).
 */
@Controller
class ManageController {

    private static final Logger log = LoggerFactory.getLogger(ManageController.class);

    static final String MANAGE_VIEW = "scheduling/manage/show";

    static final String UNKNOWN_VIEW = "scheduling/manage/unknown";

    private final SchedulingService scheduling;

    private final ClinicZone zone;

    private final AppointmentMailer mailer;

    private final GuideProperties properties;

    private final WeekOfTimes weeks;

    private final Messages messages;

    private final LocalizedPaths paths;

    private final TypeTexts texts;

    ManageController(
            SchedulingService scheduling,
            ClinicZone zone,
            AppointmentMailer mailer,
            GuideProperties properties,
            WeekOfTimes weeks,
            Messages messages,
            LocalizedPaths paths,
            TypeTexts texts) {
        this.messages = messages;
        this.paths = paths;
        this.texts = texts;
        this.scheduling = scheduling;
        this.zone = zone;
        this.mailer = mailer;
        this.properties = properties;
        this.weeks = weeks;
    }

    @ModelAttribute
    void common(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("clinic", this.properties.clinic());
        model.addAttribute("zoneName", this.zone.displayName());
        model.addAttribute(
                "cutoff",
                this.mailer.humanize(this.scheduling.rules().cancelCutoff(), LocaleContextHolder.getLocale()));
    }

    /**
     * Each language's addresses map here too ({@code i18n/paths_*.properties}; the path sets the language); links
     * and redirects are written with the English addresses and localized by {@link LocalizedPaths}.
     */
    @GetMapping("/book/manage/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Appointment> appointment = this.scheduling.byToken(token);
        if (appointment.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return UNKNOWN_VIEW;
        }
        AppointmentView.addTo(model, appointment.get(), this.scheduling, this.texts, this.zone, this.mailer);
        model.addAttribute("token", token);
        model.addAttribute("changeable", this.scheduling.changeableOnline(appointment.get()));
        return MANAGE_VIEW;
    }

    @GetMapping("/book/manage/{token}/appointment.ics")
    ResponseEntity<String> ics(@PathVariable String token) {
        Optional<Appointment> appointment = this.scheduling.byToken(token);
        if (appointment.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Appointment found = appointment.get();
        String body = this.mailer.ics(
                found,
                this.scheduling.type(found.getTypeId()).orElseThrow(),
                this.scheduling.therapist(found.getTherapistId()).orElseThrow(),
                token,
                this.scheduling.now());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("appointment-" + found.getReference() + ".ics")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping("/book/manage/{token}/cancel")
    String cancel(@PathVariable String token, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Appointment> appointment = this.scheduling.byToken(token);
        if (appointment.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return UNKNOWN_VIEW;
        }
        if (!this.scheduling.changeableOnline(appointment.get())) {
            return tooLate(token, appointment.get(), model, response);
        }
        this.scheduling.cancel(appointment.get());
        log.info("Patient cancelled appointment {}", appointment.get().getReference());
        redirect.addFlashAttribute("done", this.messages.get("schedule.manage.cancelledDone"));
        return "redirect:" + this.paths.link("/book/manage/" + token);
    }

    @GetMapping("/book/manage/{token}/move")
    String moveTimes(
            @PathVariable String token,
            @RequestParam(required = false) String week,
            Model model,
            HttpServletResponse response) {
        Optional<Appointment> appointment = this.scheduling.byToken(token);
        if (appointment.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return UNKNOWN_VIEW;
        }
        if (!this.scheduling.changeableOnline(appointment.get())) {
            return tooLate(token, appointment.get(), model, response);
        }
        return moveModel(token, appointment.get(), week, model, null);
    }

    @PostMapping("/book/manage/{token}/move")
    String move(
            @PathVariable String token,
            @RequestParam(required = false) String slot,
            @RequestParam(required = false) String week,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Appointment> appointment = this.scheduling.byToken(token);
        if (appointment.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return UNKNOWN_VIEW;
        }
        if (!this.scheduling.changeableOnline(appointment.get())) {
            return tooLate(token, appointment.get(), model, response);
        }
        Optional<SlotKey> key = SlotKey.parse(slot);
        if (key.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return moveModel(token, appointment.get(), week, model, this.messages.get("schedule.error.slot"));
        }
        try {
            this.scheduling.move(appointment.get(), key.get(), token);
        } catch (SlotTakenException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return moveModel(token, appointment.get(), week, model, this.messages.get("schedule.error.slotTaken"));
        }
        log.info("Patient moved appointment {}", appointment.get().getReference());
        redirect.addFlashAttribute("done", this.messages.get("schedule.manage.movedDone"));
        return "redirect:" + this.paths.link("/book/manage/" + token);
    }

    private String moveModel(String token, Appointment appointment, String week, Model model, String error) {
        AppointmentType type = this.scheduling.type(appointment.getTypeId()).orElseThrow();
        this.weeks.addTo(model, type, this.weeks.parseWeek(week), appointment.getId());
        model.addAttribute("formAction", this.paths.link("/book/manage/" + token + "/move"));
        model.addAttribute("formMethod", "post");
        model.addAttribute("weekBase", this.paths.link("/book/manage/" + token + "/move"));
        model.addAttribute("manageBase", this.paths.link("/book/manage/" + token));
        model.addAttribute("slotError", error);
        return "scheduling/book/times";
    }

    private String tooLate(String token, Appointment appointment, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        AppointmentView.addTo(model, appointment, this.scheduling, this.texts, this.zone, this.mailer);
        model.addAttribute("token", token);
        model.addAttribute("changeable", false);
        return MANAGE_VIEW;
    }
}
