package com.empowerfitness.guide.scheduling.setup;

import com.empowerfitness.guide.scheduling.AppointmentType;
import com.empowerfitness.guide.scheduling.AppointmentTypeRepository;
import com.empowerfitness.guide.scheduling.AppointmentTypeText;
import com.empowerfitness.guide.scheduling.AppointmentTypeTextRepository;
import com.empowerfitness.guide.scheduling.LocalTimeRange;
import com.empowerfitness.guide.scheduling.ScheduleException;
import com.empowerfitness.guide.scheduling.ScheduleExceptionRepository;
import com.empowerfitness.guide.scheduling.Therapist;
import com.empowerfitness.guide.scheduling.TherapistRepository;
import com.empowerfitness.guide.scheduling.WorkingHours;
import com.empowerfitness.guide.scheduling.WorkingHoursRepository;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the clinic's set-up, each with its audit line in the same transaction. Free times are computed
 * from these tables on every request, so a change shows in the patients' times at once. Audit targets are
 * slugs, ids, days and times: no personal details.
 */
@Service
class SetupService {

    private final AppointmentTypeRepository types;

    private final TherapistRepository therapists;

    private final WorkingHoursRepository hours;

    private final ScheduleExceptionRepository exceptions;

    private final AuditLog audit;

    private final AppointmentTypeTextRepository texts;

    SetupService(
            AppointmentTypeRepository types,
            AppointmentTypeTextRepository texts,
            TherapistRepository therapists,
            WorkingHoursRepository hours,
            ScheduleExceptionRepository exceptions,
            AuditLog audit) {
        this.types = types;
        this.texts = texts;
        this.therapists = therapists;
        this.hours = hours;
        this.exceptions = exceptions;
        this.audit = audit;
    }

    /** A change refused for a reason tied to one field of its form, with the words for that field. */
    static class RefusedException extends RuntimeException {

        private final String field;

        RefusedException(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return this.field;
        }
    }

    /** Another type already has the address. */
    static final class SlugTakenException extends RefusedException {
        SlugTakenException() {
            super("slug", "Another appointment type has that address; choose another");
        }
    }

    /** The range overlaps another of the same therapist on the same day. */
    static final class OverlapException extends RefusedException {
        OverlapException() {
            super("start", "These hours overlap other hours on the same day; change or remove those");
        }
    }

    @Transactional
    AppointmentType createType(String actor, TypeForm.Values values) {
        if (this.types.findBySlug(values.slug()).isPresent()) {
            throw new SlugTakenException();
        }
        int order = this.types.findAll().stream()
                        .mapToInt(AppointmentType::getDisplayOrder)
                        .max()
                        .orElse(0)
                + 1;
        AppointmentType type = this.types.saveAndFlush(new AppointmentType(
                values.slug(),
                values.name(),
                values.description(),
                values.duration(),
                values.buffer(),
                values.phoneCall(),
                values.location(),
                values.active(),
                order));
        List<String> translated = saveTexts(type, values.texts());
        this.audit.record(
                actor, AuditAction.APPOINTMENT_TYPE_CREATED, "type " + type.getSlug() + textsNote(translated));
        return type;
    }

    @Transactional
    AppointmentType changeType(String actor, AppointmentType type, TypeForm.Values values) {
        Optional<AppointmentType> sameSlug = this.types.findBySlug(values.slug());
        if (sameSlug.isPresent() && !sameSlug.get().getId().equals(type.getId())) {
            throw new SlugTakenException();
        }
        String before = type.getSlug();
        type.changeSlug(values.slug());
        type.update(
                values.name(),
                values.description(),
                values.duration(),
                values.buffer(),
                values.phoneCall(),
                values.location(),
                values.active());
        AppointmentType saved = this.types.saveAndFlush(type);
        List<String> translated = saveTexts(saved, values.texts());
        this.audit.record(
                actor,
                AuditAction.APPOINTMENT_TYPE_CHANGED,
                "type " + (before.equals(saved.getSlug()) ? before : before + " -> " + saved.getSlug())
                        + textsNote(translated));
        return saved;
    }

    /**
     * Stores each language's words (a language whose fields are all empty has no row, so patients read the
     * default language's words) and gives the languages whose words changed, for the audit line.
     */
    private List<String> saveTexts(AppointmentType type, Map<String, TypeForm.TextValues> words) {
        List<String> changed = new ArrayList<>();
        words.forEach((language, values) -> {
            AppointmentTypeText text = this.texts
                    .findByTypeIdAndLanguage(type.getId(), language)
                    .orElseGet(() -> new AppointmentTypeText(type.getId(), language));
            if (Objects.equals(text.getName(), values.name())
                    && Objects.equals(text.getDescription(), values.description())
                    && Objects.equals(text.getLocation(), values.location())) {
                return;
            }
            text.update(values.name(), values.description(), values.location());
            if (!text.isEmpty()) {
                this.texts.saveAndFlush(text);
            } else if (text.getId() != null) {
                this.texts.delete(text);
            }
            changed.add(language);
        });
        return changed;
    }

    /** ", texts es" when the words of some languages changed: which ones, never the words themselves. */
    private static String textsNote(List<String> languages) {
        return languages.isEmpty() ? "" : ", texts " + String.join(" ", languages);
    }

    /** Not offered online any more; booked appointments of the type stay as they are. */
    @Transactional
    void deactivateType(String actor, AppointmentType type) {
        type.update(
                type.getName(),
                type.getDescription(),
                type.getDurationMinutes(),
                type.getBufferAfterMinutes(),
                type.isPhoneCall(),
                type.getLocation(),
                false);
        this.types.saveAndFlush(type);
        this.audit.record(actor, AuditAction.APPOINTMENT_TYPE_DEACTIVATED, "type " + type.getSlug());
    }

    @Transactional
    Therapist createTherapist(String actor, TherapistForm.Values values) {
        Therapist therapist = new Therapist(values.displayName(), values.staffUsername());
        therapist.update(values.displayName(), values.staffUsername(), values.active());
        Therapist saved = this.therapists.saveAndFlush(therapist);
        this.audit.record(actor, AuditAction.THERAPIST_CREATED, "therapist " + saved.getId());
        return saved;
    }

    @Transactional
    Therapist changeTherapist(String actor, Therapist therapist, TherapistForm.Values values) {
        therapist.update(values.displayName(), values.staffUsername(), values.active());
        Therapist saved = this.therapists.saveAndFlush(therapist);
        this.audit.record(actor, AuditAction.THERAPIST_CHANGED, "therapist " + saved.getId());
        return saved;
    }

    /** Their times are no longer offered; booked appointments stay. */
    @Transactional
    void deactivateTherapist(String actor, Therapist therapist) {
        therapist.update(therapist.getDisplayName(), therapist.getStaffUsername(), false);
        this.therapists.saveAndFlush(therapist);
        this.audit.record(actor, AuditAction.THERAPIST_DEACTIVATED, "therapist " + therapist.getId());
    }

    @Transactional
    WorkingHours addHours(String actor, Therapist therapist, HoursForm.Values values) {
        refuseOverlap(therapist.getId(), values.day(), values.range(), null);
        WorkingHours saved = this.hours.saveAndFlush(new WorkingHours(therapist.getId(), values.day(), values.range()));
        this.audit.record(actor, AuditAction.WORKING_HOURS_ADDED, describe(saved));
        return saved;
    }

    @Transactional
    WorkingHours changeHours(String actor, WorkingHours range, HoursForm.Values values) {
        refuseOverlap(range.getTherapistId(), values.day(), values.range(), range.getId());
        String before = describe(range);
        range.update(values.day(), values.range());
        WorkingHours saved = this.hours.saveAndFlush(range);
        this.audit.record(actor, AuditAction.WORKING_HOURS_CHANGED, before + " -> " + rangeText(saved));
        return saved;
    }

    @Transactional
    void removeHours(String actor, WorkingHours range) {
        this.hours.delete(range);
        this.audit.record(actor, AuditAction.WORKING_HOURS_REMOVED, describe(range));
    }

    @Transactional
    ScheduleException addException(String actor, Therapist therapist, ExceptionForm.Values values) {
        ScheduleException saved = this.exceptions.saveAndFlush(
                new ScheduleException(therapist.getId(), values.exception(), values.note()));
        this.audit.record(actor, AuditAction.SCHEDULE_EXCEPTION_ADDED, describe(saved));
        return saved;
    }

    /** Time off on a date for every active therapist (a holiday or a closure of the clinic). */
    @Transactional
    List<ScheduleException> closeClinic(String actor, ExceptionForm.Values values) {
        return this.therapists.findByActiveTrueOrderByDisplayNameAsc().stream()
                .map((therapist) -> addException(actor, therapist, values))
                .toList();
    }

    @Transactional
    ScheduleException changeException(String actor, ScheduleException exception, ExceptionForm.Values values) {
        String before = describe(exception);
        exception.update(values.exception(), values.note());
        ScheduleException saved = this.exceptions.saveAndFlush(exception);
        this.audit.record(actor, AuditAction.SCHEDULE_EXCEPTION_CHANGED, before + " -> " + exceptionText(saved));
        return saved;
    }

    @Transactional
    void removeException(String actor, ScheduleException exception) {
        this.exceptions.delete(exception);
        this.audit.record(actor, AuditAction.SCHEDULE_EXCEPTION_REMOVED, describe(exception));
    }

    private void refuseOverlap(long therapistId, DayOfWeek day, LocalTimeRange range, Long ignore) {
        boolean overlaps = this.hours.findByTherapistIdOrderByDayOfWeekAscStartTimeAsc(therapistId).stream()
                .filter((other) -> !Objects.equals(other.getId(), ignore))
                .filter((other) -> other.getDay() == day)
                .anyMatch((other) -> other.getStartTime().isBefore(range.end())
                        && range.start().isBefore(other.getEndTime()));
        if (overlaps) {
            throw new OverlapException();
        }
    }

    private static String describe(WorkingHours range) {
        return "therapist " + range.getTherapistId() + " hours " + range.getId() + " " + rangeText(range);
    }

    private static String rangeText(WorkingHours range) {
        return range.getDay() + " " + range.getStartTime() + "-" + range.getEndTime();
    }

    private static String describe(ScheduleException exception) {
        return "therapist " + exception.getTherapistId() + " exception " + exception.getId() + " "
                + exceptionText(exception);
    }

    private static String exceptionText(ScheduleException exception) {
        return exception.getDate() + " " + exception.getKind()
                + (exception.getStartTime() == null
                        ? " whole day"
                        : " " + exception.getStartTime() + "-" + exception.getEndTime());
    }
}
