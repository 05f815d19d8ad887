package com.empowerfitness.guide.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * What can be booked: a name, a duration, a buffer after it, a place or a phone call. Its words here are the
 * default language's; {@link AppointmentTypeText} holds them in the others.
 */
@Entity
@Table(name = "appointment_type")
public class AppointmentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    private String description;

    private int durationMinutes;

    private int bufferAfterMinutes;

    private boolean phoneCall;

    private String location;

    private boolean offeredOnline;

    private int displayOrder;

    protected AppointmentType() {}

    public AppointmentType(
            String slug,
            String name,
            String description,
            int durationMinutes,
            int bufferAfterMinutes,
            boolean phoneCall,
            String location,
            boolean offeredOnline,
            int displayOrder) {
        this.slug = slug;
        update(name, description, durationMinutes, bufferAfterMinutes, phoneCall, location, offeredOnline);
        this.displayOrder = displayOrder;
    }

    public void update(
            String name,
            String description,
            int durationMinutes,
            int bufferAfterMinutes,
            boolean phoneCall,
            String location,
            boolean offeredOnline) {
        this.name = name;
        this.description = description;
        this.durationMinutes = durationMinutes;
        this.bufferAfterMinutes = bufferAfterMinutes;
        this.phoneCall = phoneCall;
        this.location = phoneCall ? null : location;
        this.offeredOnline = offeredOnline;
    }

    /** A new address {@code /book/{slug}}; links to the old one stop working. */
    public void changeSlug(String slug) {
        this.slug = slug;
    }

    public Long getId() {
        return this.id;
    }

    public String getSlug() {
        return this.slug;
    }

    public String getName() {
        return this.name;
    }

    public String getDescription() {
        return this.description;
    }

    public int getDurationMinutes() {
        return this.durationMinutes;
    }

    public int getBufferAfterMinutes() {
        return this.bufferAfterMinutes;
    }

    public Duration duration() {
        return Duration.ofMinutes(this.durationMinutes);
    }

    public Duration bufferAfter() {
        return Duration.ofMinutes(this.bufferAfterMinutes);
    }

    public boolean isPhoneCall() {
        return this.phoneCall;
    }

    public String getLocation() {
        return this.location;
    }

    public boolean isOfferedOnline() {
        return this.offeredOnline;
    }

    public int getDisplayOrder() {
        return this.displayOrder;
    }
}
