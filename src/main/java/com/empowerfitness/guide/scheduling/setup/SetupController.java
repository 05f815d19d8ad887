package com.empowerfitness.guide.scheduling.setup;

import com.empowerfitness.guide.i18n.Language;
import com.empowerfitness.guide.i18n.Languages;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.AppointmentTypeRepository;
import com.empowerfitness.guide.scheduling.AppointmentTypeTextRepository;
import com.empowerfitness.guide.scheduling.ExceptionKind;
import com.empowerfitness.guide.scheduling.ScheduleException;
import com.empowerfitness.guide.scheduling.ScheduleExceptionRepository;
import com.empowerfitness.guide.scheduling.SchedulingService;
import com.empowerfitness.guide.scheduling.Therapist;
import com.empowerfitness.guide.scheduling.TherapistRepository;
import com.empowerfitness.guide.scheduling.WorkingHours;
import com.empowerfitness.guide.scheduling.WorkingHoursRepository;
import com.empowerfitness.guide.staff.StaffPage;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's set-up (ADMIN only, by the security chain): appointment types, therapists, their weekly hours and
 * exceptions by date (time off, holidays, closures, extra hours). Each form is a record checked field by field;
 * an invalid post gets the form again (HTTP 400) with its errors tied to the fields. The type form also takes
 * the patients' words in each language but the default one.
 */
@Controller
@StaffPage
class SetupController {

    static final String BASE = "/staff/schedule/setup";

    static final String INDEX_VIEW = "scheduling/setup/index";

    static final String TYPE_VIEW = "scheduling/setup/type";

    static final String THERAPIST_VIEW = "scheduling/setup/therapist";

    static final String HOURS_VIEW = "scheduling/setup/hours";

    static final String EXCEPTION_VIEW = "scheduling/setup/exception";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.US);

    private final SetupService setup;

    private final SchedulingService scheduling;

    private final AppointmentTypeRepository types;

    private final TherapistRepository therapists;

    private final WorkingHoursRepository hours;

    private final ScheduleExceptionRepository exceptions;

    private final AppointmentTypeTextRepository texts;

    private final Languages languages;

    SetupController(
            SetupService setup,
            SchedulingService scheduling,
            AppointmentTypeRepository types,
            TherapistRepository therapists,
            WorkingHoursRepository hours,
            ScheduleExceptionRepository exceptions,
            AppointmentTypeTextRepository texts,
            Languages languages) {
        this.texts = texts;
        this.languages = languages;
        this.setup = setup;
        this.scheduling = scheduling;
        this.types = types;
        this.therapists = therapists;
        this.hours = hours;
        this.exceptions = exceptions;
    }

    /** One exception as the set-up pages list it. */
    record ExceptionRow(long id, String date, String kind, String times, String note) {}

    /** A language patients may read the type's words in, with its fields' names and ids on the type form. */
    record TextSection(String code, String englishName, Map<String, String> fields, Map<String, String> ids) {}

    /** What a valid post did: the notice to show and the page to go to. */
    private record Saved(String notice, String next) {}

    @GetMapping(BASE)
    String index(Model model) {
        model.addAttribute("types", this.types.findAllByOrderByDisplayOrderAscIdAsc());
        // Each type's name in the other languages, so an administrator sees which ones patients read in English.
        Map<Long, Map<String, String>> translatedNames = new LinkedHashMap<>();
        this.texts.findAll().stream()
                .filter((text) -> text.getName() != null)
                .forEach((text) -> translatedNames
                        .computeIfAbsent(text.getTypeId(), (id) -> new LinkedHashMap<>())
                        .put(text.getLanguage(), text.getName()));
        model.addAttribute("translatedNames", translatedNames);
        model.addAttribute(
                "translations",
                this.languages.translations().stream()
                        .map(SetupController::section)
                        .toList());
        model.addAttribute("therapists", this.therapists.findAllByOrderByDisplayNameAsc());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ExceptionForm.empty());
        }
        model.addAttribute("zone", this.scheduling.zone().getId());
        return INDEX_VIEW;
    }

    /** Time off on one date for every active therapist. */
    @PostMapping(BASE + "/closures")
    String closeClinic(
            @ModelAttribute ExceptionForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ExceptionForm closure =
                new ExceptionForm(form.date(), ExceptionKind.TIME_OFF.name(), form.start(), form.end(), form.note());
        return submit(
                closure::check,
                (values) -> {
                    int count =
                            this.setup.closeClinic(principal.getName(), values).size();
                    String therapists = count + (count == 1 ? " therapist." : " therapists.");
                    return new Saved(
                            "Time off added on "
                                    + DATE.format(values.exception().date()) + " for " + therapists,
                            BASE);
                },
                (errors) -> {
                    model.addAttribute("form", closure);
                    model.addAttribute("errors", errors.asMap());
                    return index(model);
                },
                response,
                redirect);
    }

    // Appointment types

    @GetMapping(BASE + "/types/new")
    String newType(Model model) {
        return typeForm(model, TypeForm.empty(), null, null);
    }

    @PostMapping(BASE + "/types")
    String createType(
            @ModelAttribute TypeForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return submit(
                (errors) -> form.check(errors, this.languages.translations()),
                (values) -> {
                    AppointmentType saved = this.setup.createType(principal.getName(), values);
                    return new Saved("Appointment type " + saved.getName() + " added.", BASE);
                },
                (errors) -> typeForm(model, form, null, errors),
                response,
                redirect);
    }

    @GetMapping(BASE + "/types/{id}")
    String editType(@PathVariable long id, Model model) {
        AppointmentType type = type(id);
        return typeForm(model, TypeForm.of(type, this.texts.findByTypeId(type.getId())), type, null);
    }

    @PostMapping(BASE + "/types/{id}")
    String changeType(
            @PathVariable long id,
            @ModelAttribute TypeForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AppointmentType type = type(id);
        return submit(
                (errors) -> form.check(errors, this.languages.translations()),
                (values) -> {
                    AppointmentType saved = this.setup.changeType(principal.getName(), type, values);
                    return new Saved("Appointment type " + saved.getName() + " saved.", BASE);
                },
                (errors) -> typeForm(model, form, type, errors),
                response,
                redirect);
    }

    @PostMapping(BASE + "/types/{id}/deactivate")
    String deactivateType(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        AppointmentType type = type(id);
        this.setup.deactivateType(principal.getName(), type);
        redirect.addFlashAttribute("notice", "Appointment type " + type.getName() + " is no longer offered online.");
        return "redirect:" + BASE;
    }

    private String typeForm(Model model, TypeForm form, AppointmentType type, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("editedType", type);
        model.addAttribute("action", type == null ? BASE + "/types" : BASE + "/types/" + type.getId());
        model.addAttribute("heading", type == null ? "Add an appointment type" : "Change " + type.getName());
        model.addAttribute("errors", errors == null ? Map.of() : errors.asMap());
        List<TextSection> sections = this.languages.translations().stream()
                .map(SetupController::section)
                .toList();
        model.addAttribute("translations", sections);
        // The error summary links each translation's error to its field (the ids have no brackets).
        Map<String, String> anchors = new LinkedHashMap<>();
        anchors.put("place", "place-phone");
        sections.forEach((section) -> section.fields()
                .forEach((part, field) -> anchors.put(field, section.ids().get(part))));
        model.addAttribute("anchors", anchors);
        return TYPE_VIEW;
    }

    private static TextSection section(Language language) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (String part : List.of("name", "description", "location")) {
            fields.put(part, TypeForm.field(language.code(), part));
            ids.put(part, TypeForm.fieldId(language.code(), part));
        }
        return new TextSection(language.code(), language.locale().getDisplayLanguage(Locale.ENGLISH), fields, ids);
    }

    // Therapists

    @GetMapping(BASE + "/therapists/new")
    String newTherapist(Model model) {
        return therapistPage(model, TherapistForm.empty(), null, null);
    }

    @PostMapping(BASE + "/therapists")
    String createTherapist(
            @ModelAttribute TherapistForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return submit(
                form::check,
                (values) -> {
                    Therapist saved = this.setup.createTherapist(principal.getName(), values);
                    return new Saved(
                            saved.getDisplayName() + " added. Add their weekly hours so patients can book them.",
                            BASE + "/therapists/" + saved.getId());
                },
                (errors) -> therapistPage(model, form, null, errors),
                response,
                redirect);
    }

    @GetMapping(BASE + "/therapists/{id}")
    String therapist(@PathVariable long id, Model model) {
        Therapist therapist = therapist(id);
        return therapistPage(model, TherapistForm.of(therapist), therapist, null);
    }

    @PostMapping(BASE + "/therapists/{id}")
    String changeTherapist(
            @PathVariable long id,
            @ModelAttribute TherapistForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Therapist therapist = therapist(id);
        return submit(
                form::check,
                (values) -> {
                    Therapist saved = this.setup.changeTherapist(principal.getName(), therapist, values);
                    return new Saved(saved.getDisplayName() + " saved.", BASE + "/therapists/" + id);
                },
                (errors) -> therapistPage(model, form, therapist, errors),
                response,
                redirect);
    }

    @PostMapping(BASE + "/therapists/{id}/deactivate")
    String deactivateTherapist(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        Therapist therapist = therapist(id);
        this.setup.deactivateTherapist(principal.getName(), therapist);
        redirect.addFlashAttribute(
                "notice", therapist.getDisplayName() + "'s times are no longer offered to patients.");
        return "redirect:" + BASE + "/therapists/" + id;
    }

    private String therapistPage(Model model, TherapistForm form, Therapist therapist, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("therapist", therapist);
        model.addAttribute(
                "action", therapist == null ? BASE + "/therapists" : BASE + "/therapists/" + therapist.getId());
        model.addAttribute("heading", therapist == null ? "Add a therapist" : therapist.getDisplayName());
        model.addAttribute("errors", errors == null ? Map.of() : errors.asMap());
        if (therapist != null) {
            model.addAttribute("hours", this.hours.findByTherapistIdOrderByDayOfWeekAscStartTimeAsc(therapist.getId()));
            model.addAttribute(
                    "exceptions",
                    this.exceptions
                            .findByTherapistIdAndDateGreaterThanEqualOrderByDateAsc(
                                    therapist.getId(), this.scheduling.today())
                            .stream()
                            .map(SetupController::row)
                            .toList());
        }
        model.addAttribute("zone", this.scheduling.zone().getId());
        return THERAPIST_VIEW;
    }

    // Weekly hours

    @GetMapping(BASE + "/therapists/{id}/hours/new")
    String newHours(@PathVariable long id, Model model) {
        return hoursForm(model, HoursForm.empty(), therapist(id), null, null);
    }

    @PostMapping(BASE + "/therapists/{id}/hours")
    String addHours(
            @PathVariable long id,
            @ModelAttribute HoursForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Therapist therapist = therapist(id);
        return saveHours(
                form,
                therapist,
                null,
                model,
                response,
                redirect,
                (values) -> this.setup.addHours(principal.getName(), therapist, values));
    }

    @GetMapping(BASE + "/hours/{id}")
    String editHours(@PathVariable long id, Model model) {
        WorkingHours range = hours(id);
        return hoursForm(model, HoursForm.of(range), therapist(range.getTherapistId()), range, null);
    }

    @PostMapping(BASE + "/hours/{id}")
    String changeHours(
            @PathVariable long id,
            @ModelAttribute HoursForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        WorkingHours range = hours(id);
        Therapist therapist = therapist(range.getTherapistId());
        return saveHours(
                form,
                therapist,
                range,
                model,
                response,
                redirect,
                (values) -> this.setup.changeHours(principal.getName(), range, values));
    }

    @PostMapping(BASE + "/hours/{id}/remove")
    String removeHours(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        WorkingHours range = hours(id);
        this.setup.removeHours(principal.getName(), range);
        redirect.addFlashAttribute("notice", "Removed " + hoursText(range) + ".");
        return "redirect:" + BASE + "/therapists/" + range.getTherapistId();
    }

    private String saveHours(
            HoursForm form,
            Therapist therapist,
            WorkingHours range,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Function<HoursForm.Values, WorkingHours> save) {
        return submit(
                form::check,
                (values) -> new Saved(
                        "Saved " + hoursText(save.apply(values)) + ".", BASE + "/therapists/" + therapist.getId()),
                (errors) -> hoursForm(model, form, therapist, range, errors),
                response,
                redirect);
    }

    private String hoursForm(Model model, HoursForm form, Therapist therapist, WorkingHours range, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("therapist", therapist);
        model.addAttribute(
                "action",
                range == null
                        ? BASE + "/therapists/" + therapist.getId() + "/hours"
                        : BASE + "/hours/" + range.getId());
        model.addAttribute(
                "heading",
                (range == null ? "Add weekly hours for " : "Change weekly hours of ") + therapist.getDisplayName());
        model.addAttribute("days", days());
        model.addAttribute("errors", errors == null ? Map.of() : errors.asMap());
        model.addAttribute("zone", this.scheduling.zone().getId());
        return HOURS_VIEW;
    }

    // Exceptions by date

    @GetMapping(BASE + "/therapists/{id}/exceptions/new")
    String newException(@PathVariable long id, Model model) {
        return exceptionForm(model, ExceptionForm.empty(), therapist(id), null, null);
    }

    @PostMapping(BASE + "/therapists/{id}/exceptions")
    String addException(
            @PathVariable long id,
            @ModelAttribute ExceptionForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Therapist therapist = therapist(id);
        return submit(
                form::check,
                (values) -> {
                    ScheduleException saved = this.setup.addException(principal.getName(), therapist, values);
                    return new Saved("Saved " + exceptionText(saved) + ".", BASE + "/therapists/" + id);
                },
                (errors) -> exceptionForm(model, form, therapist, null, errors),
                response,
                redirect);
    }

    @GetMapping(BASE + "/exceptions/{id}")
    String editException(@PathVariable long id, Model model) {
        ScheduleException exception = exception(id);
        return exceptionForm(
                model, ExceptionForm.of(exception), therapist(exception.getTherapistId()), exception, null);
    }

    @PostMapping(BASE + "/exceptions/{id}")
    String changeException(
            @PathVariable long id,
            @ModelAttribute ExceptionForm form,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ScheduleException exception = exception(id);
        Therapist therapist = therapist(exception.getTherapistId());
        return submit(
                form::check,
                (values) -> {
                    ScheduleException saved = this.setup.changeException(principal.getName(), exception, values);
                    return new Saved("Saved " + exceptionText(saved) + ".", BASE + "/therapists/" + therapist.getId());
                },
                (errors) -> exceptionForm(model, form, therapist, exception, errors),
                response,
                redirect);
    }

    @PostMapping(BASE + "/exceptions/{id}/remove")
    String removeException(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        ScheduleException exception = exception(id);
        this.setup.removeException(principal.getName(), exception);
        redirect.addFlashAttribute("notice", "Removed " + exceptionText(exception) + ".");
        return "redirect:" + BASE + "/therapists/" + exception.getTherapistId();
    }

    private String exceptionForm(
            Model model, ExceptionForm form, Therapist therapist, ScheduleException exception, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("therapist", therapist);
        model.addAttribute(
                "action",
                exception == null
                        ? BASE + "/therapists/" + therapist.getId() + "/exceptions"
                        : BASE + "/exceptions/" + exception.getId());
        model.addAttribute(
                "heading",
                (exception == null ? "Add time off or extra hours for " : "Change time off or extra hours of ")
                        + therapist.getDisplayName());
        model.addAttribute("kinds", ExceptionKind.values());
        model.addAttribute("errors", errors == null ? Map.of() : errors.asMap());
        model.addAttribute("zone", this.scheduling.zone().getId());
        return EXCEPTION_VIEW;
    }

    // Helpers

    /**
     * The shape of every set-up post: check the form field by field; when it is valid, save it and go on with a
     * notice; when it is not, or the save is refused for one of its fields (an address taken, overlapping
     * hours), the same form again with HTTP 400, its errors tied to the fields and what was typed kept.
     */
    private <V> String submit(
            Function<FormErrors, V> check,
            Function<V, Saved> save,
            Function<FormErrors, String> again,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        V values = check.apply(errors);
        if (values != null) {
            try {
                Saved saved = save.apply(values);
                redirect.addFlashAttribute("notice", saved.notice());
                return "redirect:" + saved.next();
            } catch (SetupService.RefusedException ex) {
                errors.reject(ex.field(), ex.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return again.apply(errors);
    }

    private static Map<String, String> days() {
        Map<String, String> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name(), day.getDisplayName(TextStyle.FULL, Locale.US));
        }
        return days;
    }

    static String hoursText(WorkingHours range) {
        return range.getDay().getDisplayName(TextStyle.FULL, Locale.US) + " " + range.getStartTime() + " to "
                + range.getEndTime();
    }

    static String exceptionText(ScheduleException exception) {
        return exception.getKind().getLabel().toLowerCase(Locale.ROOT) + " on " + DATE.format(exception.getDate())
                + (exception.getStartTime() == null
                        ? " (the whole day)"
                        : " " + exception.getStartTime() + " to " + exception.getEndTime());
    }

    private static ExceptionRow row(ScheduleException exception) {
        return new ExceptionRow(
                exception.getId(),
                DATE.format(exception.getDate()),
                exception.getKind().getLabel(),
                exception.getStartTime() == null
                        ? "The whole day"
                        : exception.getStartTime() + " to " + exception.getEndTime(),
                exception.getNote() == null ? "" : exception.getNote());
    }

    private AppointmentType type(long id) {
        return this.types.findById(id).orElseThrow(SetupController::notFound);
    }

    private Therapist therapist(long id) {
        return this.therapists.findById(id).orElseThrow(SetupController::notFound);
    }

    private WorkingHours hours(long id) {
        return this.hours.findById(id).orElseThrow(SetupController::notFound);
    }

    private ScheduleException exception(long id) {
        return this.exceptions.findById(id).orElseThrow(SetupController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
