package com.empowerfitness.guide.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    Optional<Appointment> findByManageTokenHash(String manageTokenHash);

    Optional<Appointment> findByReference(String reference);

    /** Booked appointments of these therapists whose held time overlaps [from, until). */
    @Query("select a from Appointment a where a.status = com.empowerfitness.guide.scheduling.AppointmentStatus.BOOKED "
            + "and a.therapistId in :therapists and a.startsAt < :until and a.blockedUntil > :from")
    List<Appointment> findBookedOverlapping(
            @Param("therapists") Collection<Long> therapists,
            @Param("from") Instant from,
            @Param("until") Instant until);

    /** Every appointment (any status) starting in [from, until), for the staff calendar. */
    List<Appointment> findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
            Instant from, Instant until);

    /** Booked appointments starting in [from, until) whose reminder is not sent yet. */
    @Query(
            "select a.id from Appointment a where a.status = com.empowerfitness.guide.scheduling.AppointmentStatus.BOOKED "
                    + "and a.reminderSentAt is null and a.startsAt >= :from and a.startsAt < :until order by a.startsAt")
    List<Long> findDueReminders(@Param("from") Instant from, @Param("until") Instant until);

    /**
     * Claims the reminder of one appointment: only one caller (on any instance) sees 1, and never for an
     * appointment that is no longer booked.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Appointment a set a.reminderSentAt = :now where a.id = :id and a.reminderSentAt is null "
            + "and a.status = com.empowerfitness.guide.scheduling.AppointmentStatus.BOOKED")
    int claimReminder(@Param("id") long id, @Param("now") Instant now);

    List<Appointment> findByRequestId(Long requestId);

    /** Appointments that ended (or were cancelled) before the cut-off: retention. */
    @Query(
            "select a.id from Appointment a where (a.status <> com.empowerfitness.guide.scheduling.AppointmentStatus.BOOKED "
                    + "and a.statusChangedAt < :cutoff and a.endsAt < :cutoff) "
                    + "or (a.status = com.empowerfitness.guide.scheduling.AppointmentStatus.BOOKED and a.endsAt < :cutoff)")
    List<Long> findClosedBefore(@Param("cutoff") Instant cutoff);
}
