package com.empowerfitness.guide.scheduling;

/** Where an appointment stands. Only BOOKED holds its therapist's time. */
public enum AppointmentStatus {
    BOOKED("Booked"),
    CANCELLED("Cancelled"),
    ATTENDED("Attended"),
    NO_SHOW("No-show");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return this.label;
    }
}
