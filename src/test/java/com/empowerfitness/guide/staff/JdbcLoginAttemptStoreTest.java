package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;

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
    protected LoginAttemptStore createStore() {
        this.dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(this.dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        return new JdbcLoginAttemptStore(this.dataSource);
    }

    @Test
    void neitherUsernamesNorAddressesAreStoredAndOldRowsAreForgotten() {
        for (int i = 0; i < 5; i++) {
            this.throttle.failed(new SignInThrottle.Attempt("alex", "198.51.100.4", null));
        }
        this.throttle.succeeded(new SignInThrottle.Attempt("pat", "198.51.100.5", null));
        this.throttle.rememberDevice("pat", "pats-device");
        JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
        assertThat(jdbc.queryForList(
                        "SELECT attempt_key FROM login_failure UNION ALL SELECT COALESCE(account_key, attempt_key)"
                                + " FROM login_failure UNION ALL SELECT place_key FROM login_known_place"
                                + " UNION ALL SELECT account_key FROM login_known_place",
                        String.class))
                .hasSize(5 * 3 * 2 + 2 * 2)
                .allSatisfy((key) -> assertThat(key).matches("[0-9a-f]{64}"));

        this.clock.advance(Duration.ofDays(91));
        this.throttle.forgetOld();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_failure", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_known_place", Integer.class))
                .isZero();
    }
}
