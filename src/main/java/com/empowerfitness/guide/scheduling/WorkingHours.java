package com.empowerfitness.guide.scheduling;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly range of a therapist's hours, in the clinic's wall-clock time. */
@Entity
@Table(name = "working_hours")
public class WorkingHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long therapistId;

    private int dayOfWeek;

    private LocalTime startTime;

    private LocalTime endTime;

    protected WorkingHours() {}

    public WorkingHours(long therapistId, DayOfWeek day, LocalTimeRange range) {
        this.therapistId = therapistId;
        this.dayOfWeek = day.getValue();
        this.startTime = range.start();
        this.endTime = range.end();
    }

    public void update(DayOfWeek day, LocalTimeRange range) {
        this.dayOfWeek = day.getValue();
        this.startTime = range.start();
        this.endTime = range.end();
    }

    public Long getId() {
        return this.id;
    }

    public long getTherapistId() {
        return this.therapistId;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(this.dayOfWeek);
    }

    public LocalTimeRange range() {
        return new LocalTimeRange(this.startTime, this.endTime);
    }

    public LocalTime getStartTime() {
        return this.startTime;
    }

    public LocalTime getEndTime() {
        return this.endTime;
    }
}
