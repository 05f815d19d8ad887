package com.empowerfitness.guide.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guide.scheduling.*}: the booking rules. The clinic's zone is the one {@code guide.time-zone} setting
 * (see {@link ClinicZone}).
 *
 * @param minNotice the earliest a patient can book ahead of now
 * @param horizonDays how far ahead times are offered
 * @param slotStep the distance between offered start times (a multiple of five minutes)
 * @param cancelCutoff until how long before the start a patient can cancel or move online
 * @param reminderLead how long before the start the reminder email is sent
 * @param reminderInterval how often the reminder job looks for due reminders
 */
@ConfigurationProperties("guide.scheduling")
public record SchedulingProperties(
        @DefaultValue("2h") Duration minNotice,
        @DefaultValue("60") int horizonDays,
        @DefaultValue("15m") Duration slotStep,
        @DefaultValue("24h") Duration cancelCutoff,
        @DefaultValue("24h") Duration reminderLead,
        @DefaultValue("5m") Duration reminderInterval) {

    public SchedulingRules rules() {
        return new SchedulingRules(this.minNotice, this.horizonDays, this.slotStep, this.cancelCutoff);
    }
}
