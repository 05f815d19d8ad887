package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database-backed sign-in throttle (used on PostgreSQL, where instances share it; the cluster tests run it
 * there) follows the same rules as the in-memory one. Plain SQL: here on an H2 database migrated by Flyway.
 */
class JdbcLoginAttemptStoreTest extends LoginAttemptStoreContract {

    private DriverManagerDataSource dataSource;

    @Override
    protected LoginAttemptStore createStore(Clock clock) {
        this.dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(this.dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        return new JdbcLoginAttemptStore(this.dataSource, clock);
    }

    @Test
    void neitherUsernamesNorAddressesAreStoredAndOldRowsAreForgotten() {
        for (int i = 0; i < 5; i++) {
            this.store.recordFailure("alex", "198.51.100.4");
        }
        this.store.recordFailure("pat", "198.51.100.5");
        JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
        assertThat(jdbc.queryForList(
                        "SELECT attempt_key FROM login_failure UNION ALL SELECT attempt_key FROM login_block",
                        String.class))
                .isNotEmpty()
                .allSatisfy((key) -> assertThat(key).matches("[0-9a-f]{64}"));

        this.clock.advance(Duration.ofMinutes(16));
        ((JdbcLoginAttemptStore) this.store).forgetOldFailures();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_failure", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_block", Integer.class))
                .isZero();
    }
}
