package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.support.MutableClock;
import com.empowerfitness.guide.support.MutableClockConfiguration;
import com.empowerfitness.guide.support.SharedContextTest;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One context for the scheduling tests: the clinic in New York, a clock the tests move (never sleeping), mail
 * queued in the outbox (the sender waits an hour, so tests read the queue). Every test starts with no
 * appointments and the clock on Wednesday 10 March 2027, 7:00 New York time.
 */
@Import(MutableClockConfiguration.class)
public abstract class SchedulingSiteTest extends SharedContextTest {

    /** Wednesday 10 March 2027, 12:00 UTC = 7:00 EST. */
    protected static final LocalDateTime NOW_UTC = LocalDateTime.of(2027, 3, 10, 12, 0);

    @DynamicPropertySource
    static void schedulingProperties(DynamicPropertyRegistry registry) {
        registry.add("guide.time-zone", () -> "America/New_York");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> "1");
        registry.add("guide.mail.outbox-initial-delay", () -> "PT1H");
        registry.add("guide.scheduling.reminder-initial-delay", () -> "PT1H");
    }

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void startFromNoAppointments() {
        this.clock.set(NOW_UTC);
        this.jdbc.update("DELETE FROM mail_outbox WHERE appointment_id IS NOT NULL");
        this.jdbc.update("DELETE FROM appointment");
        this.jdbc.update("DELETE FROM schedule_exception");
    }

    protected int count(String sql, Object... args) {
        Integer count = this.jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
