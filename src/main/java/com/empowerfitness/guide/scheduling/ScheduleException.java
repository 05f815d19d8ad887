package com.empowerfitness.guide.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** Time off or extra hours of one therapist on one date. */
@Entity
@Table(name = "schedule_exception")
public class ScheduleException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long therapistId;

    @Column(name = "on_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExceptionKind kind;

    private LocalTime startTime;

    private LocalTime endTime;

    private String note;

    protected ScheduleException() {}

    public ScheduleException(long therapistId, DateException exception, String note) {
        this.therapistId = therapistId;
        update(exception, note);
    }

    public void update(DateException exception, String note) {
        this.date = exception.date();
        this.kind = exception.kind();
        this.startTime = exception.range() == null ? null : exception.range().start();
        this.endTime = exception.range() == null ? null : exception.range().end();
        this.note = note;
    }

    public DateException toDateException() {
        return new DateException(
                this.date, this.kind, this.startTime == null ? null : new LocalTimeRange(this.startTime, this.endTime));
    }

    public Long getId() {
        return this.id;
    }

    public long getTherapistId() {
        return this.therapistId;
    }

    public LocalDate getDate() {
        return this.date;
    }

    public ExceptionKind getKind() {
        return this.kind;
    }

    public LocalTime getStartTime() {
        return this.startTime;
    }

    public LocalTime getEndTime() {
        return this.endTime;
    }

    public String getNote() {
        return this.note;
    }
}
