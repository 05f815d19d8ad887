package com.empowerfitness.guide.staff;

/** What staff (or the system) did. The audit log stores these names, never personal details. */
public enum AuditAction {
    VIEWED_REQUEST("Viewed a request"),
    CHANGED_STATUS("Changed a request's status"),
    ADDED_NOTE("Added a note"),
    EXPORTED_CSV("Exported requests as CSV"),
    ERASED_REQUEST("Erased a request"),
    PURGED_REQUESTS("Purged closed requests (retention)"),
    USER_CREATED("Added a staff user"),
    USER_DISABLED("Disabled a staff user"),
    USER_ENABLED("Enabled a staff user"),
    PASSWORD_RESET("Reset a staff user's password"),
    SIGN_IN_BLOCK_LIFTED("Lifted a staff user's sign-in block"),
    PASSWORD_CHANGED("Changed own password"),
    ADMIN_PROVISIONED("Provisioned the administrator from the environment"),
    SETUP_ADMIN_CREATED("Created the set-up administrator"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed (wrong username or password)"),
    SIGN_IN_REFUSED("Sign-in refused (too many failed attempts)"),
    SIGNED_OUT("Signed out"),
    CONTENT_SAVED("Saved a content file in the browser"),
    CONTENT_DELETED("Deleted a content file"),
    CONTENT_RESTORED("Restored an earlier version of a content file"),
    IMAGE_UPLOADED("Uploaded an image"),
    APPOINTMENT_BOOKED("Booked an appointment for a patient"),
    APPOINTMENT_MOVED("Moved an appointment"),
    APPOINTMENT_CANCELLED("Cancelled an appointment"),
    APPOINTMENT_MARKED("Marked an appointment attended or no-show"),
    VIEWED_APPOINTMENTS("Viewed the appointment calendar"),
    PURGED_APPOINTMENTS("Purged past appointments (retention)"),
    ERASED_APPOINTMENT("Erased an appointment"),
    CONTENT_REVIEWED("Signed off a content file as clinically reviewed"),
    CONTENT_REVIEW_REQUESTED("Asked for a clinical review of a content file"),
    USER_DISPLAY_NAME_CHANGED("Changed a staff user's display name"),
    APPOINTMENT_TYPE_CREATED("Added an appointment type"),
    APPOINTMENT_TYPE_CHANGED("Changed an appointment type"),
    APPOINTMENT_TYPE_DEACTIVATED("Stopped offering an appointment type"),
    THERAPIST_CREATED("Added a therapist"),
    THERAPIST_CHANGED("Changed a therapist"),
    THERAPIST_DEACTIVATED("Stopped offering a therapist's times"),
    WORKING_HOURS_ADDED("Added weekly working hours"),
    WORKING_HOURS_CHANGED("Changed weekly working hours"),
    WORKING_HOURS_REMOVED("Removed weekly working hours"),
    SCHEDULE_EXCEPTION_ADDED("Added time off or extra hours"),
    SCHEDULE_EXCEPTION_CHANGED("Changed time off or extra hours"),
    SCHEDULE_EXCEPTION_REMOVED("Removed time off or extra hours"),
    CONTENT_CONFLICT_KEPT("A content change made on one instance lost to a newer one and was kept aside"),
    CONTENT_CONFLICT_CLOSED("Closed the notice of a kept content conflict");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return this.label;
    }
}
