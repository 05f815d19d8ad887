package com.empowerfitness.guide.staff;

import com.empowerfitness.guide.cluster.Hashes;
import com.empowerfitness.guide.cluster.OnPostgreSqlCondition;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle shared by every instance (PostgreSQL): the same rules as
 * {@link InMemoryLoginAttemptStore} (5 failures within 15 minutes for a username or an address block it for
 * 15 minutes), kept in the tables {@code login_failure} and {@code login_block}. Rows are only inserted and
 * deleted, never updated, so two instances recording at once cannot conflict; plain SQL, so it runs on H2 too.
 */
@Component
@Conditional(OnPostgreSqlCondition.class)
class JdbcLoginAttemptStore implements LoginAttemptStore {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    @Autowired
    JdbcLoginAttemptStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    JdbcLoginAttemptStore(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    @Override
    public boolean isBlocked(String username, String address) {
        Integer blocks = this.jdbc.queryForObject(
                "SELECT COUNT(*) FROM login_block WHERE attempt_key IN (?, ?) AND blocked_until > ?",
                Integer.class,
                userKey(username),
                addressKey(address),
                at(this.clock.instant()));
        return blocks != null && blocks > 0;
    }

    @Override
    public void recordFailure(String username, String address) {
        Instant now = this.clock.instant();
        for (String key : List.of(userKey(username), addressKey(address))) {
            this.jdbc.update("INSERT INTO login_failure (attempt_key, failed_at) VALUES (?, ?)", key, at(now));
            Integer recent = this.jdbc.queryForObject(
                    "SELECT COUNT(*) FROM login_failure WHERE attempt_key = ? AND failed_at > ?",
                    Integer.class,
                    key,
                    at(now.minus(InMemoryLoginAttemptStore.WINDOW)));
            if (recent != null && recent >= InMemoryLoginAttemptStore.MAX_FAILURES) {
                this.jdbc.update(
                        "INSERT INTO login_block (attempt_key, blocked_until) VALUES (?, ?)",
                        key,
                        at(now.plus(InMemoryLoginAttemptStore.BLOCK)));
                this.jdbc.update("DELETE FROM login_failure WHERE attempt_key = ?", key);
            }
        }
    }

    /** A good password clears the username's failures, not the address's (one address, many guesses). */
    @Override
    public void recordSuccess(String username, String address) {
        this.jdbc.update("DELETE FROM login_failure WHERE attempt_key = ?", userKey(username));
    }

    @Scheduled(fixedDelay = 15, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void forgetOldFailures() {
        Instant now = this.clock.instant();
        this.jdbc.update(
                "DELETE FROM login_failure WHERE failed_at < ?", at(now.minus(InMemoryLoginAttemptStore.WINDOW)));
        this.jdbc.update("DELETE FROM login_block WHERE blocked_until < ?", at(now));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String userKey(String username) {
        return Hashes.sha256("user:" + StaffUserDetailsService.normalise(username));
    }

    private static String addressKey(String address) {
        return Hashes.sha256("address:" + address);
    }
}
