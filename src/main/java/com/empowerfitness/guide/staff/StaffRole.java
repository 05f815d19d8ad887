package com.empowerfitness.guide.staff;

/** What a staff member may do. ADMIN includes STAFF and EDITOR (see the role hierarchy). */
public enum StaffRole {

    /** Manages staff users, reads the audit log, erases requests. */
    ADMIN("Administrator"),
    /** Works the booking inbox. */
    STAFF("Staff"),
    /** Edits the guide's content (used by the content tools). */
    EDITOR("Editor");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String getLabel() {
        return this.label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
