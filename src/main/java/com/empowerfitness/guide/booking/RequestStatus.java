package com.empowerfitness.guide.booking;

/** Where a consultation request stands. Declining or cancelling needs a reason. */
public enum RequestStatus {
    NEW("New"),
    CONTACTED("Contacted"),
    SCHEDULED("Scheduled"),
    COMPLETED("Completed"),
    DECLINED("Declined"),
    CANCELLED("Cancelled");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return this.label;
    }

    public boolean requiresReason() {
        return this == DECLINED || this == CANCELLED;
    }

    /** Closed requests are the ones the retention job may purge. */
    public boolean isClosed() {
        return this == COMPLETED || this == DECLINED || this == CANCELLED;
    }
}
