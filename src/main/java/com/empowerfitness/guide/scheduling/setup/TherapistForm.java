package com.empowerfitness.guide.scheduling.setup;

import com.empowerfitness.guide.scheduling.Therapist;

/** A therapist: the name patients read, an optional staff account, whether their times are offered. */
record TherapistForm(String displayName, String staffUsername, String active) {

    static final String NAME = "therapistForm";

    static TherapistForm empty() {
        return new TherapistForm("", "", "yes");
    }

    static TherapistForm of(Therapist therapist) {
        return new TherapistForm(
                therapist.getDisplayName(),
                therapist.getStaffUsername() == null ? "" : therapist.getStaffUsername(),
                therapist.isActive() ? "yes" : null);
    }

    record Values(String displayName, String staffUsername, boolean active) {}

    Values check(FormErrors errors) {
        String name = FormErrors.strip(this.displayName);
        if (name.isEmpty() || name.length() > 100) {
            errors.reject("displayName", "Enter the name patients see, at most 100 characters");
        }
        String username = FormErrors.strip(this.staffUsername);
        if (username.length() > 50) {
            errors.reject("staffUsername", "Enter a staff username of at most 50 characters, or leave it empty");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Values(name, username.isEmpty() ? null : username, this.active != null);
    }
}
