package com.empowerfitness.guide.scheduling;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for due reminders every {@code guide.scheduling.reminder-interval}, on one instance at a time. */
@Component
class ReminderJob {

    private final ReminderService reminders;

    private final Clock clock;

    ReminderJob(ReminderService reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${guide.scheduling.reminder-interval:PT5M}",
            initialDelayString = "${guide.scheduling.reminder-initial-delay:PT1M}")
    @SchedulerLock(name = "appointment-reminders", lockAtMostFor = "PT10M")
    void queueDueReminders() {
        this.reminders.queueDue(this.clock.instant());
    }
}
