package com.empowerfitness.guide.staff;

/**
 * What a staff member may do. ADMIN includes STAFF and EDITOR (see the role hierarchy), but never REVIEWER: a
 * clinical sign-off names a clinician, so the role is given to that person on purpose.
 */
public enum StaffRole {

    /** Manages staff users, reads the audit log, erases requests. */
    ADMIN("Administrator"),
    /** Works the booking inbox. */
    STAFF("Staff"),
    /** Edits the guide's content (used by the content tools). */
    EDITOR("Editor"),
    /** A clinician who signs off pages as clinically reviewed. */
    REVIEWER("Clinical reviewer");

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
