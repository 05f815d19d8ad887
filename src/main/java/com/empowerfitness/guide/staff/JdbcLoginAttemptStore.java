package com.empowerfitness.guide.staff;

import com.empowerfitness.guide.cluster.OnPostgreSqlCondition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle's memory shared by every instance (PostgreSQL), in the tables {@code login_failure} and
 * {@code login_known_place}. Rows are only inserted and deleted, never updated, so two instances recording at
 * once cannot conflict; plain SQL, so it runs on H2 too.
 */
@Component
@Conditional(OnPostgreSqlCondition.class)
class JdbcLoginAttemptStore implements LoginAttemptStore {

    private final JdbcTemplate jdbc;

    JdbcLoginAttemptStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Failures failuresSince(String key, Instant since) {
        return this.jdbc.queryForObject(
                "SELECT COUNT(*), MAX(failed_at) FROM login_failure WHERE attempt_key = ? AND failed_at >= ?",
                (row, n) -> {
                    OffsetDateTime latest = row.getObject(2, OffsetDateTime.class);
                    return new Failures(row.getInt(1), (latest == null) ? null : latest.toInstant());
                },
                key,
                at(since));
    }

    @Override
    public void recordFailure(String key, String account, Instant at) {
        this.jdbc.update(
                "INSERT INTO login_failure (attempt_key, account_key, failed_at) VALUES (?, ?, ?)",
                key,
                account,
                at(at));
    }

    @Override
    public void clear(String key) {
        this.jdbc.update("DELETE FROM login_failure WHERE attempt_key = ?", key);
    }

    @Override
    public void clearAccount(String account) {
        this.jdbc.update("DELETE FROM login_failure WHERE account_key = ?", account);
    }

    @Override
    public boolean isKnownPlace(String place, Instant since) {
        Integer found = this.jdbc.queryForObject(
                "SELECT COUNT(*) FROM login_known_place WHERE place_key = ? AND seen_at >= ?",
                Integer.class,
                place,
                at(since));
        return found != null && found > 0;
    }

    @Override
    public void rememberPlace(String place, String account, Instant at) {
        this.jdbc.update(
                "INSERT INTO login_known_place (place_key, account_key, seen_at) VALUES (?, ?, ?)",
                place,
                account,
                at(at));
    }

    @Override
    public void forget(Instant failuresBefore, Instant placesBefore) {
        this.jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", at(failuresBefore));
        this.jdbc.update("DELETE FROM login_known_place WHERE seen_at < ?", at(placesBefore));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
