package com.empowerfitness.guide.scheduling;

/** An exception to a therapist's weekly hours on one date. */
public enum ExceptionKind {
    /** Not working: the whole day, or only the given range. */
    TIME_OFF("Time off"),
    /** Working in addition to the weekly hours, in the given range. */
    EXTRA_HOURS("Extra hours");

    private final String label;

    ExceptionKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return this.label;
    }
}
