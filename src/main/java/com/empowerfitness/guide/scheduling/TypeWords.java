package com.empowerfitness.guide.scheduling;

/**
 * An appointment type as a patient reads it in one language: name, description (null when there is none) and
 * place (for a phone call, how it happens).
 */
public record TypeWords(AppointmentType type, LocalText name, LocalText description, LocalText place) {

    public String slug() {
        return this.type.getSlug();
    }

    public int durationMinutes() {
        return this.type.getDurationMinutes();
    }

    public boolean phoneCall() {
        return this.type.isPhoneCall();
    }
}
