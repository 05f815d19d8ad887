package com.empowerfitness.guide.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.booking.inbox.InboxTest;
import com.empowerfitness.guide.support.SharedContextTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scheduled jobs run on one instance at a time: while another instance holds the job's lock, a run is skipped. */
class ScheduledJobLockTest extends SharedContextTest {

    @Autowired
    RetentionJob job;

    @Autowired
    LockProvider locks;

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void retentionRunIsSkippedWhileAnotherInstanceHoldsItsLock() {
        long id = this.bookings
                .submit(InboxTest.form("Lock " + InboxTest.tag(), "no").toRequest())
                .id();
        ConsultationRequest request = this.requests.findById(id).orElseThrow();
        request.changeStatus(RequestStatus.COMPLETED, "done", Instant.now().minus(Duration.ofDays(400)));
        this.requests.save(request);
        Optional<SimpleLock> otherInstance = this.locks.lock(
                new LockConfiguration(Instant.now(), "retention-purge", Duration.ofMinutes(5), Duration.ZERO));
        assertThat(otherInstance).as("the lock is free before the test").isPresent();

        this.job.purgeExpiredRequests();
        assertThat(this.requests.existsById(id))
                .as("skipped while locked elsewhere")
                .isTrue();

        otherInstance.get().unlock();
        this.job.purgeExpiredRequests();
        assertThat(this.requests.existsById(id))
                .as("runs once the lock is free")
                .isFalse();
    }
}
