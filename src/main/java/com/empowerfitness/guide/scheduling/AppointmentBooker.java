package com.empowerfitness.guide.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Holds and frees a therapist's time inside the caller's transaction. {@link #hold} inserts one row of
 * {@code appointment_slot} per five-minute unit of the appointment (start to end of buffer); the table's primary
 * key (therapist, unit) makes the database refuse a second appointment on any of those units, whichever
 * instance inserts it: the refused transaction rolls back, appointment and all.
 */
@Component
class AppointmentBooker {

    private final JdbcTemplate jdbc;

    AppointmentBooker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void hold(Appointment appointment) {
        List<Instant> units = SlotUnits.covering(appointment.getStartsAt(), appointment.getBlockedUntil());
        this.jdbc.batchUpdate(
                "INSERT INTO appointment_slot (therapist_id, slot_start, appointment_id) VALUES (?, ?, ?)",
                units,
                units.size(),
                (statement, unit) -> {
                    statement.setLong(1, appointment.getTherapistId());
                    statement.setTimestamp(2, Timestamp.from(unit));
                    statement.setLong(3, appointment.getId());
                });
    }

    /** The time is free again as soon as the caller's transaction commits. */
    void release(Appointment appointment) {
        this.jdbc.update("DELETE FROM appointment_slot WHERE appointment_id = ?", appointment.getId());
    }

    /** Whether any unit of [start, end) of the therapist is held (by a committed booking). */
    boolean anyHeld(long therapistId, Instant start, Instant end) {
        List<Instant> units = SlotUnits.covering(start, end);
        Integer held = this.jdbc.queryForObject(
                "SELECT COUNT(*) FROM appointment_slot WHERE therapist_id = ? AND slot_start >= ? AND slot_start <= ?",
                Integer.class,
                therapistId,
                Timestamp.from(units.get(0)),
                Timestamp.from(units.get(units.size() - 1)));
        return held != null && held > 0;
    }
}
