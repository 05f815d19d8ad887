package com.empowerfitness.guide.booking;

import com.empowerfitness.guide.config.GuideProperties;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily retention run ({@code guide.booking.retention-cron}, default 03:30 every night). */
@Component
class RetentionJob {

    private final RetentionService retention;

    private final GuideProperties.Booking properties;

    private final Clock clock;

    RetentionJob(RetentionService retention, GuideProperties.Booking properties, Clock clock) {
        this.retention = retention;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${guide.booking.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "retention-purge", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void purgeExpiredRequests() {
        this.retention.purge(this.clock.instant(), this.properties.retentionDays());
    }
}
