package com.empowerfitness.guide.mail;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail every {@code guide.mail.outbox-interval}. A class of its own so that a cluster-wide lock
 * (ShedLock) can be put on the schedule without touching the sending.
 */
@Component
class MailOutboxJob {

    private final MailOutboxSender sender;

    private final Clock clock;

    MailOutboxJob(MailOutboxSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${guide.mail.outbox-interval:PT30S}",
            initialDelayString = "${guide.mail.outbox-initial-delay:PT30S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M")
    void sendDueMail() {
        this.sender.sendDue(this.clock.instant());
    }
}
