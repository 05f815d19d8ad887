package com.empowerfitness.guide.scheduling.setup;

import com.empowerfitness.guide.scheduling.AppointmentType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The appointment type form; numbers arrive as text so that "abc" is a field error, not a binding failure.
 * {@code place} is {@code phone} or {@code clinic}; {@code active} is posted when offered online.
 */
record TypeForm(
        String name,
        String slug,
        String description,
        String duration,
        String buffer,
        String place,
        String location,
        String active) {

    static final String NAME = "typeForm";

    /** Lower-case letters, digits and single hyphens: the address {@code /book/{slug}}. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Addresses under /book that are pages of their own, never a type. */
    static final Set<String> RESERVED = Set.of("request", "appointment", "confirmed", "confirmation", "manage");

    static TypeForm empty() {
        return new TypeForm("", "", "", "20", "10", "phone", "", "yes");
    }

    static TypeForm of(AppointmentType type) {
        return new TypeForm(
                type.getName(),
                type.getSlug(),
                type.getDescription() == null ? "" : type.getDescription(),
                Integer.toString(type.getDurationMinutes()),
                Integer.toString(type.getBufferAfterMinutes()),
                type.isPhoneCall() ? "phone" : "clinic",
                type.getLocation() == null ? "" : type.getLocation(),
                type.isOfferedOnline() ? "yes" : null);
    }

    /** What a valid form says, checked field by field. */
    record Values(
            String name,
            String slug,
            String description,
            int duration,
            int buffer,
            boolean phoneCall,
            String location,
            boolean active) {}

    Values check(FormErrors errors) {
        String cleanName = FormErrors.strip(this.name);
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            errors.reject("name", "Enter a name of at most 100 characters");
        }
        String cleanSlug = FormErrors.strip(this.slug);
        if (cleanSlug.length() > 60 || !SLUG.matcher(cleanSlug).matches()) {
            errors.reject(
                    "slug",
                    "Enter an address of at most 60 characters: lower-case letters, digits and single hyphens, "
                            + "for example initial-assessment");
        } else if (RESERVED.contains(cleanSlug)) {
            errors.reject("slug", "That address is used by another booking page; choose another");
        }
        String cleanDescription = FormErrors.strip(this.description);
        if (cleanDescription.length() > 500) {
            errors.reject("description", "Enter a description of at most 500 characters");
        }
        Integer minutes = errors.minutes("duration", this.duration, 5, 480, "duration");
        Integer after = errors.minutes("buffer", this.buffer, 0, 240, "buffer");
        boolean phone = "phone".equals(this.place);
        if (!phone && !"clinic".equals(this.place)) {
            errors.reject("place", "Choose whether it is a phone call or at a place");
        }
        String cleanLocation = FormErrors.strip(this.location);
        if (!phone && (cleanLocation.isEmpty() || cleanLocation.length() > 200)) {
            errors.reject("location", "Enter where it takes place, at most 200 characters");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Values(
                cleanName,
                cleanSlug,
                cleanDescription.isEmpty() ? null : cleanDescription,
                minutes,
                after,
                phone,
                phone ? null : cleanLocation,
                this.active != null);
    }
}
