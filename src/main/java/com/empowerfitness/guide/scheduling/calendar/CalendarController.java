package com.empowerfitness.guide.scheduling.calendar;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.RedFlag;
import com.empowerfitness.guide.scheduling.Appointment;
import com.empowerfitness.guide.scheduling.AppointmentMailer;
import com.empowerfitness.guide.scheduling.AppointmentRepository;
import com.empowerfitness.guide.scheduling.AppointmentRetention;
import com.empowerfitness.guide.scheduling.AppointmentStatus;
import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.PatientDetails;
import com.empowerfitness.guide.scheduling.SchedulingService;
import com.empowerfitness.guide.scheduling.SlotKey;
import com.empowerfitness.guide.scheduling.SlotTakenException;
import com.empowerfitness.guide.scheduling.Therapist;
import com.empowerfitness.guide.scheduling.TherapistRepository;
import com.empowerfitness.guide.scheduling.book.WeekOfTimes;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffPage;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff calendar: a day or a week of appointments, for one therapist or all (a therapist linked to the
 * signed-in account sees their own first), urgent ones marked; cancel, mark attended or no-show, and book on a
 * patient's behalf (a phone booking, or a consultation request turned into an appointment). Every action is in
 * the audit log, with the appointment's reference only.
 */
@Controller
@StaffPage
class CalendarController {

    static final String CALENDAR_VIEW = "scheduling/calendar/calendar";

    static final String BOOK_VIEW = "scheduling/calendar/book";

    static final String MOVE_VIEW = "scheduling/calendar/move";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.US);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final SchedulingService scheduling;

    private final AppointmentRepository appointments;

    private final TherapistRepository therapists;

    private final ConsultationRequestRepository requests;

    private final AppointmentMailer mailer;

    private final WeekOfTimes weeks;

    private final AuditLog audit;

    private final AppointmentRetention retention;

    CalendarController(
            AppointmentRetention retention,
            SchedulingService scheduling,
            AppointmentRepository appointments,
            TherapistRepository therapists,
            ConsultationRequestRepository requests,
            AppointmentMailer mailer,
            WeekOfTimes weeks,
            AuditLog audit) {
        this.scheduling = scheduling;
        this.appointments = appointments;
        this.therapists = therapists;
        this.requests = requests;
        this.mailer = mailer;
        this.weeks = weeks;
        this.audit = audit;
        this.retention = retention;
    }

    /** One line of the calendar: no health details beyond the urgent mark. */
    public record Row(
            long id,
            String reference,
            String day,
            String time,
            String datetime,
            String type,
            String therapist,
            String patient,
            String phone,
            String status,
            boolean booked,
            boolean urgent) {}

    @GetMapping("/staff/schedule")
    String calendar(
            @RequestParam(required = false) String date,
            @RequestParam(defaultValue = "day") String view,
            @RequestParam(required = false) String therapist,
            Principal principal,
            Model model) {
        LocalDate day = parseDate(date);
        boolean week = "week".equals(view);
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate until = from.plusDays(week ? 7 : 1);
        Long therapistId = chosenTherapist(therapist, principal);
        Map<Long, AppointmentType> types = this.scheduling.typesById();
        Map<Long, Therapist> byId = this.scheduling.therapistsById();
        List<Row> rows = this.appointments
                .findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
                        from.atStartOfDay(this.scheduling.zone()).toInstant(),
                        until.atStartOfDay(this.scheduling.zone()).toInstant())
                .stream()
                .filter((appointment) -> therapistId == null || appointment.getTherapistId() == therapistId)
                .map((appointment) -> row(appointment, types, byId))
                .toList();
        this.audit.record(principal.getName(), AuditAction.VIEWED_APPOINTMENTS, (week ? "week of " : "day ") + from);
        model.addAttribute("rows", rows);
        model.addAttribute("view", week ? "week" : "day");
        model.addAttribute("date", day.toString());
        model.addAttribute("heading", week ? "Week of " + DAY.format(from) : DAY.format(from));
        model.addAttribute("previous", (week ? from.minusDays(7) : from.minusDays(1)).toString());
        model.addAttribute("next", until.toString());
        model.addAttribute("therapists", this.therapists.findAllByOrderByDisplayNameAsc());
        model.addAttribute("therapist", therapistId == null ? "all" : therapistId.toString());
        model.addAttribute("types", this.scheduling.onlineTypes());
        return CALENDAR_VIEW;
    }

    @PostMapping("/staff/schedule/{id}/cancel")
    @Transactional
    String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        Appointment appointment = find(id);
        this.scheduling.cancel(appointment);
        this.audit.record(principal.getName(), AuditAction.APPOINTMENT_CANCELLED, appointment.getReference());
        redirect.addFlashAttribute("notice", "Appointment " + appointment.getReference() + " is cancelled.");
        return redirectTo(appointment);
    }

    @PostMapping("/staff/schedule/{id}/mark")
    @Transactional
    String mark(@PathVariable long id, @RequestParam String status, Principal principal, RedirectAttributes redirect) {
        Appointment appointment = find(id);
        AppointmentStatus mark = switch (status) {
            case "ATTENDED" -> AppointmentStatus.ATTENDED;
            case "NO_SHOW" -> AppointmentStatus.NO_SHOW;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "attended or no-show");
        };
        this.scheduling.mark(appointment, mark);
        this.audit.record(
                principal.getName(), AuditAction.APPOINTMENT_MARKED, appointment.getReference() + " " + mark.name());
        redirect.addFlashAttribute(
                "notice",
                "Appointment " + appointment.getReference() + " marked "
                        + mark.getLabel().toLowerCase() + ".");
        return redirectTo(appointment);
    }

    @PostMapping("/staff/schedule/{id}/erase")
    String erase(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        String reference = this.retention
                .erase(principal.getName(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("notice", "Appointment " + reference + " is erased.");
        return "redirect:/staff/schedule";
    }

    /** Free times of the appointment's type on a week (its own time not counted as busy), to move it to. */
    @GetMapping("/staff/schedule/{id}/move")
    String moveForm(@PathVariable long id, @RequestParam(required = false) String week, Model model) {
        Appointment appointment = find(id);
        if (!appointment.isBooked()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "only a booked appointment can move");
        }
        return moveModel(appointment, week, model, null);
    }

    /**
     * Moves the appointment on the patient's behalf. The patient is told as after a move of their own: an email
     * with the updated calendar event (same UID, SEQUENCE one higher) and a new manage link, the old one stops
     * working (staff never see the patient's token).
     */
    @PostMapping("/staff/schedule/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) String slot,
            @RequestParam(required = false) String week,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Appointment appointment = find(id);
        if (!appointment.isBooked()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "only a booked appointment can move");
        }
        Optional<SlotKey> key = SlotKey.parse(slot);
        if (key.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return moveModel(appointment, week, model, "Choose a time");
        }
        String before = this.mailer.when(appointment.getStartsAt());
        try {
            SchedulingService.Booked moved = this.scheduling.move(appointment, key.get(), null);
            this.audit.record(
                    principal.getName(),
                    AuditAction.APPOINTMENT_MOVED,
                    moved.appointment().getReference() + " to "
                            + moved.appointment().getStartsAt());
            redirect.addFlashAttribute(
                    "notice",
                    "Moved " + moved.appointment().getReference() + " from " + before + " to "
                            + this.mailer.when(moved.appointment().getStartsAt())
                            + (moved.appointment().getEmail() == null
                                    ? ". The patient gave no email address: tell them by phone."
                                    : ". The patient has been emailed the new time."));
            return redirectTo(moved.appointment());
        } catch (SlotTakenException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return moveModel(appointment, week, model, "That time has just been taken. Choose another time.");
        }
    }

    private String moveModel(Appointment appointment, String week, Model model, String error) {
        AppointmentType type = this.scheduling.type(appointment.getTypeId()).orElseThrow();
        LocalDate monday = week != null
                ? this.weeks.parseWeek(week)
                : this.weeks.parseWeek(LocalDate.ofInstant(appointment.getStartsAt(), this.scheduling.zone())
                        .toString());
        this.weeks.addTo(model, type, monday, appointment.getId());
        model.addAttribute(
                "appointment", row(appointment, this.scheduling.typesById(), this.scheduling.therapistsById()));
        model.addAttribute("error", error);
        return MOVE_VIEW;
    }

    /** Free times of a type on a week, to book for a patient (optionally from a consultation request). */
    @GetMapping("/staff/schedule/book")
    String bookForm(
            @RequestParam String type,
            @RequestParam(required = false) String week,
            @RequestParam(required = false) String request,
            Model model,
            HttpServletResponse response) {
        AppointmentType chosen =
                this.scheduling.onlineType(type).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        this.weeks.addTo(model, chosen, this.weeks.parseWeek(week), null);
        Optional<ConsultationRequest> from = Optional.ofNullable(request).flatMap(this.requests::findByReference);
        model.addAttribute("request", from.orElse(null));
        model.addAttribute("name", from.map(ConsultationRequest::getName).orElse(""));
        model.addAttribute("email", from.map(ConsultationRequest::getEmail).orElse(""));
        model.addAttribute("phone", from.map(ConsultationRequest::getPhone).orElse(""));
        model.addAttribute("error", null);
        return BOOK_VIEW;
    }

    @PostMapping("/staff/schedule/book")
    String book(
            @RequestParam String type,
            @RequestParam(required = false) String slot,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String request,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AppointmentType chosen =
                this.scheduling.onlineType(type).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<ConsultationRequest> from =
                Optional.ofNullable(request).filter((r) -> !r.isBlank()).flatMap(this.requests::findByReference);
        Optional<SlotKey> key = SlotKey.parse(slot);
        String error = null;
        if (name == null || name.isBlank() || name.length() > 100) {
            error = "Enter the patient's name (at most 100 characters)";
        } else if ((phone == null || phone.isBlank()) && (email == null || email.isBlank())) {
            error = "Enter the patient's phone number or email address";
        } else if (key.isEmpty()) {
            error = "Choose a time";
        }
        if (error == null) {
            try {
                PatientDetails patient = new PatientDetails(
                        name.strip(),
                        blankToNull(email),
                        blankToNull(phone),
                        null,
                        from.map(r -> r.answeredYes(RedFlag.NUMBNESS)).orElse(false),
                        from.map(r -> r.answeredYes(RedFlag.BLADDER_BOWEL)).orElse(false),
                        from.map(r -> r.answeredYes(RedFlag.WEAKNESS)).orElse(false),
                        from.map(r -> r.answeredYes(RedFlag.FEVER)).orElse(false),
                        from.map(r -> r.answeredYes(RedFlag.FALL)).orElse(false),
                        null);
                SchedulingService.Booked booked = this.scheduling.book(
                        chosen,
                        key.get(),
                        patient,
                        principal.getName(),
                        from.map(ConsultationRequest::getId).orElse(null));
                this.audit.record(
                        principal.getName(),
                        AuditAction.APPOINTMENT_BOOKED,
                        booked.appointment().getReference()
                                + from.map((r) -> " from request " + r.getReference())
                                        .orElse(""));
                redirect.addFlashAttribute(
                        "notice",
                        "Booked " + booked.appointment().getReference() + ": "
                                + this.mailer.when(booked.appointment().getStartsAt()) + ".");
                return redirectTo(booked.appointment());
            } catch (SlotTakenException ex) {
                error = "That time has just been taken. Choose another time.";
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        if (response.getStatus() != HttpStatus.CONFLICT.value()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        this.weeks.addTo(
                model,
                chosen,
                key.map((k) -> this.weeks.parseWeek(LocalDate.ofInstant(k.start(), this.scheduling.zone())
                                .toString()))
                        .orElse(this.weeks.parseWeek(null)),
                null);
        model.addAttribute("request", from.orElse(null));
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("phone", phone);
        model.addAttribute("error", error);
        return BOOK_VIEW;
    }

    private Row row(Appointment appointment, Map<Long, AppointmentType> types, Map<Long, Therapist> byId) {
        var start = appointment.getStartsAt().atZone(this.scheduling.zone());
        return new Row(
                appointment.getId(),
                appointment.getReference(),
                DAY.format(start),
                TIME.format(start),
                start.toOffsetDateTime().toString(),
                types.get(appointment.getTypeId()).getName(),
                byId.get(appointment.getTherapistId()).getDisplayName(),
                appointment.getName(),
                appointment.getPhone(),
                appointment.getStatus().getLabel(),
                appointment.isBooked(),
                appointment.isUrgent());
    }

    /** "all", a therapist's id, or (nothing asked) the therapist linked to the signed-in account, else all. */
    private Long chosenTherapist(String therapist, Principal principal) {
        if ("all".equals(therapist)) {
            return null;
        }
        if (therapist != null) {
            try {
                return Long.valueOf(therapist);
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        return this.therapists
                .findFirstByStaffUsername(principal.getName())
                .map(Therapist::getId)
                .orElse(null);
    }

    private LocalDate parseDate(String date) {
        if (date != null) {
            try {
                return LocalDate.parse(date);
            } catch (DateTimeParseException ex) {
                // fall through to today
            }
        }
        return this.scheduling.today();
    }

    private Appointment find(long id) {
        return this.appointments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String redirectTo(Appointment appointment) {
        return "redirect:/staff/schedule?date=" + LocalDate.ofInstant(appointment.getStartsAt(), this.scheduling.zone())
                + "&therapist=all";
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }
}
