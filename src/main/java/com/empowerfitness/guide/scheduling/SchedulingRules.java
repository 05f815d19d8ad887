package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.config.GuideProperties;
import java.time.Duration;

/**
 * The booking rules the slot finder and the self-service pages apply, taken from {@code guide.scheduling.*}.
 * Steps and durations are whole multiples of {@link SlotUnits#UNIT} so that the database's occupied units
 * describe exactly the times the finder offers.
 */
public record SchedulingRules(Duration minNotice, int horizonDays, Duration slotStep, Duration cancelCutoff) {

    public SchedulingRules {
        if (minNotice.isNegative() || cancelCutoff.isNegative()) {
            throw new IllegalArgumentException("min-notice and cancel-cutoff must not be negative");
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon-days must be at least 1");
        }
        if (slotStep.compareTo(SlotUnits.UNIT) < 0 || slotStep.toSeconds() % SlotUnits.UNIT.toSeconds() != 0) {
            throw new IllegalArgumentException("slot-step must be a whole multiple of " + SlotUnits.UNIT.toMinutes()
                    + " minutes, not " + slotStep);
        }
    }

    public static SchedulingRules of(GuideProperties.Scheduling settings) {
        return new SchedulingRules(
                settings.minNotice(), settings.horizonDays(), settings.slotStep(), settings.cancelCutoff());
    }

    public static SchedulingRules defaults() {
        return new SchedulingRules(Duration.ofHours(2), 60, Duration.ofMinutes(15), Duration.ofHours(24));
    }
}
