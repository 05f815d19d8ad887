package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.config.GuideProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Free times, booking, moving and cancelling. The free times shown are computed by the pure {@link SlotFinder};
 * whether a time can really be taken is decided by the database in the booking's own transaction
 * ({@link AppointmentBooker}), never by a check in Java alone.
 */
@Service
public class SchedulingService {

    private static final Logger log = LoggerFactory.getLogger(SchedulingService.class);

    private static final int MAX_ATTEMPTS = 3;

    private final AppointmentTypeRepository types;

    private final TherapistRepository therapists;

    private final WorkingHoursRepository hours;

    private final ScheduleExceptionRepository exceptions;

    private final AppointmentRepository appointments;

    private final AppointmentBooker booker;

    private final AppointmentMailer mailer;

    private final ManageTokens tokens;

    private final Clock clock;

    private final ClinicZone zone;

    private final GuideProperties.Scheduling properties;

    private final TransactionTemplate transaction;

    SchedulingService(
            AppointmentTypeRepository types,
            TherapistRepository therapists,
            WorkingHoursRepository hours,
            ScheduleExceptionRepository exceptions,
            AppointmentRepository appointments,
            AppointmentBooker booker,
            AppointmentMailer mailer,
            ManageTokens tokens,
            Clock clock,
            ClinicZone zone,
            GuideProperties.Scheduling properties,
            PlatformTransactionManager transactionManager) {
        this.types = types;
        this.therapists = therapists;
        this.hours = hours;
        this.exceptions = exceptions;
        this.appointments = appointments;
        this.booker = booker;
        this.mailer = mailer;
        this.tokens = tokens;
        this.clock = clock;
        this.zone = zone;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A booking that committed, with the manage token (only ever known here and in the patient's hands). */
    public record Booked(Appointment appointment, AppointmentType type, Therapist therapist, String token) {}

    public ZoneId zone() {
        return this.zone.zone();
    }

    public Instant now() {
        return this.clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    public SchedulingRules rules() {
        return SchedulingRules.of(this.properties);
    }

    /** The last date with bookable times. */
    public LocalDate lastBookableDate() {
        return LocalDate.ofInstant(now().plus(Duration.ofDays(rules().horizonDays())), zone());
    }

    public List<AppointmentType> onlineTypes() {
        return this.types.findByOfferedOnlineTrueOrderByDisplayOrderAscIdAsc();
    }

    public Optional<AppointmentType> onlineType(String slug) {
        return this.types.findBySlug(slug).filter(AppointmentType::isOfferedOnline);
    }

    public Optional<AppointmentType> type(long id) {
        return this.types.findById(id);
    }

    public Optional<Therapist> therapist(long id) {
        return this.therapists.findById(id);
    }

    /**
     * Free times of a type on the local dates [from, until), for all active therapists or one; an appointment
     * being moved does not block its own time.
     */
    public List<FreeSlot> freeSlots(
            AppointmentType type, LocalDate from, LocalDate until, Long onlyTherapist, Long ignoreAppointment) {
        List<Therapist> active = this.therapists.findByActiveTrueOrderByDisplayNameAsc().stream()
                .filter((therapist) ->
                        onlyTherapist == null || therapist.getId().equals(onlyTherapist))
                .toList();
        if (active.isEmpty() || !from.isBefore(until)) {
            return List.of();
        }
        List<Long> ids = active.stream().map(Therapist::getId).toList();
        Map<Long, List<WorkingHours>> weekly = this.hours.findByTherapistIdIn(ids).stream()
                .collect(Collectors.groupingBy(WorkingHours::getTherapistId));
        Map<Long, List<ScheduleException>> byDate =
                this.exceptions.findByTherapistIdInAndDateBetween(ids, from, until).stream()
                        .collect(Collectors.groupingBy(ScheduleException::getTherapistId));
        List<TherapistAvailability> availability = new ArrayList<>();
        for (Therapist therapist : active) {
            Map<java.time.DayOfWeek, List<LocalTimeRange>> days = new EnumMap<>(java.time.DayOfWeek.class);
            for (WorkingHours range : weekly.getOrDefault(therapist.getId(), List.of())) {
                days.computeIfAbsent(range.getDay(), (day) -> new ArrayList<>()).add(range.range());
            }
            availability.add(new TherapistAvailability(
                    therapist.getId(),
                    therapist.getDisplayName(),
                    days,
                    byDate.getOrDefault(therapist.getId(), List.of()).stream()
                            .map(ScheduleException::toDateException)
                            .toList()));
        }
        // A day either side: a local date's appointments may start the evening before in UTC terms.
        Instant windowStart = from.minusDays(1).atStartOfDay(zone()).toInstant();
        Instant windowEnd = until.plusDays(1).atStartOfDay(zone()).toInstant();
        List<BusyInterval> busy = this.appointments.findBookedOverlapping(ids, windowStart, windowEnd).stream()
                .filter((appointment) -> !appointment.getId().equals(ignoreAppointment))
                .map((appointment) -> new BusyInterval(
                        appointment.getTherapistId(), appointment.getStartsAt(), appointment.getBlockedUntil()))
                .toList();
        return SlotFinder.find(
                new SlotFinder.Query(availability, busy, type.duration(), type.bufferAfter(), from, until),
                rules(),
                now(),
                zone());
    }

    /** The chosen time if it is still offered (fits the hours and rules, and nothing booked overlaps it). */
    public Optional<FreeSlot> offered(AppointmentType type, SlotKey key, Long ignoreAppointment) {
        LocalDate date = LocalDate.ofInstant(key.start(), zone());
        return freeSlots(type, date, date.plusDays(1), key.therapistId(), ignoreAppointment).stream()
                .filter((slot) -> slot.start().toInstant().equals(key.start()))
                .findFirst();
    }

    /** Up to {@code count} free times nearest to {@code around} (within a week either side), in time order. */
    public List<FreeSlot> nearest(AppointmentType type, Instant around, int count, Long ignoreAppointment) {
        LocalDate date = LocalDate.ofInstant(around, zone());
        LocalDate from = date.minusDays(7).isBefore(today()) ? today() : date.minusDays(7);
        return freeSlots(type, from, date.plusDays(8), null, ignoreAppointment).stream()
                .sorted(Comparator.comparing((FreeSlot slot) ->
                        Duration.between(around, slot.start().toInstant()).abs()))
                .limit(count)
                .sorted(Comparator.comparing((FreeSlot slot) -> slot.start().toInstant()))
                .toList();
    }

    /**
     * Books the time. The appointment and the rows holding its time are inserted in one transaction; when another
     * booking holds any of those units the database refuses the insert and this throws
     * {@link SlotTakenException}. When this returns, the booking and its confirmation mail are committed.
     */
    public Booked book(AppointmentType type, SlotKey key, PatientDetails patient, String bookedBy, Long requestId) {
        Therapist therapist = this.therapists
                .findById(key.therapistId())
                .orElseThrow(() -> new SlotTakenException("no such therapist", null));
        if (offered(type, key, null).isEmpty()) {
            throw new SlotTakenException("the time is not offered (taken, passed or outside the hours)", null);
        }
        for (int attempt = 1; ; attempt++) {
            String reference = this.tokens.nextReference();
            String token = this.tokens.nextToken();
            try {
                Booked booked = this.transaction.execute((status) -> {
                    Instant now = now();
                    Appointment appointment = this.appointments.saveAndFlush(new Appointment(
                            reference,
                            type,
                            therapist.getId(),
                            key.start(),
                            patient,
                            ManageTokens.hash(token),
                            bookedBy,
                            requestId,
                            now));
                    this.booker.hold(appointment);
                    this.mailer.confirmed(appointment, type, therapist, token, now);
                    return new Booked(appointment, type, therapist, token);
                });
                log.info(
                        "Booked appointment {} (id {})",
                        booked.appointment().getReference(),
                        booked.appointment().getId());
                return booked;
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
                Instant start = key.start();
                if (this.booker.anyHeld(
                                therapist.getId(),
                                start,
                                start.plus(type.duration()).plus(type.bufferAfter()))
                        || attempt >= MAX_ATTEMPTS) {
                    throw new SlotTakenException("the database refused the time: another booking holds it", ex);
                }
                log.warn("Could not store an appointment on attempt {}; retrying with a new reference", attempt);
            }
        }
    }

    /**
     * Moves a booked appointment to another free time: same calendar event, a higher SEQUENCE, a fresh reminder.
     * The old units are released and the new ones held in one transaction. {@code token} is the patient's manage
     * token when they move it themselves; staff moves issue a new link (the old one stops working).
     */
    public Booked move(Appointment appointment, SlotKey key, String token) {
        AppointmentType type = this.types.findById(appointment.getTypeId()).orElseThrow();
        Therapist therapist = this.therapists
                .findById(key.therapistId())
                .orElseThrow(() -> new SlotTakenException("no such therapist", null));
        if (!appointment.isBooked()) {
            throw new IllegalStateException("only a booked appointment can move");
        }
        if (offered(type, key, appointment.getId()).isEmpty()) {
            throw new SlotTakenException("the time is not offered", null);
        }
        String manageToken = (token != null) ? token : this.tokens.nextToken();
        try {
            return this.transaction.execute((status) -> {
                Instant now = now();
                Appointment current =
                        this.appointments.findById(appointment.getId()).orElseThrow();
                if (!current.isBooked()) {
                    throw new IllegalStateException("only a booked appointment can move");
                }
                this.booker.release(current);
                current.moveTo(type, therapist.getId(), key.start());
                if (token == null) {
                    current.replaceManageToken(ManageTokens.hash(manageToken));
                }
                Appointment saved = this.appointments.saveAndFlush(current);
                this.booker.hold(saved);
                this.mailer.moved(saved, type, therapist, manageToken, now);
                return new Booked(saved, type, therapist, manageToken);
            });
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
            throw new SlotTakenException("the database refused the new time: another booking holds it", ex);
        }
    }

    /** Cancels: the time is free again as soon as this returns; the patient gets METHOD:CANCEL. */
    public Appointment cancel(Appointment appointment) {
        return this.transaction.execute((status) -> {
            Instant now = now();
            Appointment current =
                    this.appointments.findById(appointment.getId()).orElseThrow();
            if (!current.isBooked()) {
                return current;
            }
            this.booker.release(current);
            current.cancel(now);
            Appointment saved = this.appointments.saveAndFlush(current);
            this.mailer.cancelled(
                    saved,
                    this.types.findById(saved.getTypeId()).orElseThrow(),
                    this.therapists.findById(saved.getTherapistId()).orElseThrow(),
                    now);
            return saved;
        });
    }

    /** Marks attended or no-show (staff). */
    public Appointment mark(Appointment appointment, AppointmentStatus status) {
        if (status != AppointmentStatus.ATTENDED && status != AppointmentStatus.NO_SHOW) {
            throw new IllegalArgumentException("mark attended or no-show only");
        }
        return this.transaction.execute((tx) -> {
            Appointment current =
                    this.appointments.findById(appointment.getId()).orElseThrow();
            if (current.isBooked()) {
                // Past appointments keep their units: the time was used and stays unavailable.
                current.mark(status, now());
            }
            return this.appointments.saveAndFlush(current);
        });
    }

    public Optional<Appointment> byToken(String token) {
        if (!ManageTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return this.appointments.findByManageTokenHash(ManageTokens.hash(token));
    }

    /** Whether the patient may still cancel or move online: booked, and the cut-off before the start not passed. */
    public boolean changeableOnline(Appointment appointment) {
        return appointment.isBooked()
                && now().isBefore(appointment.getStartsAt().minus(rules().cancelCutoff()));
    }

    /** Types and therapists by id, for pages that list appointments. */
    public Map<Long, AppointmentType> typesById() {
        return this.types.findAll().stream().collect(Collectors.toMap(AppointmentType::getId, Function.identity()));
    }

    public Map<Long, Therapist> therapistsById() {
        return this.therapists.findAll().stream().collect(Collectors.toMap(Therapist::getId, Function.identity()));
    }
}
