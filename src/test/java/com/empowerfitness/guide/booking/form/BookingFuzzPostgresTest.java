package com.empowerfitness.guide.booking.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.cluster.PostgresTestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@link BookingFuzz} on PostgreSQL, whose text types refuse NUL (once a request lost after five retries). A
 * database of its own ({@link PostgresTestDatabase}: skipped without PostgreSQL, a failure under CI=true).
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BookingFuzzPostgresTest {

    static PostgresTestDatabase database;

    @BeforeAll
    static void createTheDatabase() {
        database = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database.url());
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
        registry.add("guide.mail.outbox-initial-delay", () -> "PT1H");
        // MockMvc's sessions are the container's own (see SharedContextTest).
        registry.add(
                "spring.autoconfigure.exclude",
                () -> "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration,"
                        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration");
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void randomUnicodeInEveryFieldNeverGivesAServerErrorAndEveryAcknowledgedRequestIsStored() throws Exception {
        int acknowledged = BookingFuzz.run(this.mockMvc, this.requests, "10.201.", 250);

        assertThat(acknowledged).as("some posts are valid enough to be stored").isGreaterThan(10);
        assertThat(this.requests.count()).isEqualTo(acknowledged);
    }
}
