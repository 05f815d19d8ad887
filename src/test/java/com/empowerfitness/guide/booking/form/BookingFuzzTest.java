package com.empowerfitness.guide.booking.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.support.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Random Unicode into every booking field on H2 (see {@link BookingFuzz}; PostgreSQL: BookingFuzzPostgresTest). */
class BookingFuzzTest extends SharedContextTest {

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void randomUnicodeInEveryFieldNeverGivesAServerErrorAndEveryAcknowledgedRequestIsStored() throws Exception {
        int acknowledged = BookingFuzz.run(this.mockMvc, this.requests, "10.200.", 400);

        assertThat(acknowledged).as("some posts are valid enough to be stored").isGreaterThan(20);
    }
}
