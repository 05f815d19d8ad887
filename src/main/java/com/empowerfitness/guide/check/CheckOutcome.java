package com.empowerfitness.guide.check;

import java.util.Collection;

/** The advice level a patient's answers lead to, most urgent first. */
enum CheckOutcome {

    /** Any red flag: emergency care now. */
    EMERGENCY,
    /** No red flag, but pain that lasts, returns or limits movement or sleep: book a consultation. */
    CONSULT,
    /** Neither: self-care pages and exercises. */
    SELF_CARE;

    static CheckOutcome of(Collection<Integer> redFlags, Collection<Integer> consultSigns) {
        if (!redFlags.isEmpty()) {
            return EMERGENCY;
        }
        return consultSigns.isEmpty() ? SELF_CARE : CONSULT;
    }
}
