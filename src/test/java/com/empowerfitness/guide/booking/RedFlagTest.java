package com.empowerfitness.guide.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.booking.inbox.InboxTest;
import com.empowerfitness.guide.support.SharedContextTest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one definition of the red-flag questions matches the database, and each answer lands in its column. */
class RedFlagTest extends SharedContextTest {

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachRedFlagIsStoredInItsOwnColumnAndMakesTheRequestUrgent() {
        for (RedFlag flag : RedFlag.values()) {
            var form = InboxTest.form("Flag " + flag + " " + InboxTest.tag(), "no");
            form.setAnswer(flag, "yes");
            long id = this.bookings.submit(form.toRequest()).id();

            Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM consultation_request WHERE id = ?", id);
            for (RedFlag other : RedFlag.values()) {
                assertThat(row.get(other.column().toUpperCase()))
                        .as(flag + " -> " + other.column())
                        .isEqualTo(other == flag);
            }
            ConsultationRequest stored = this.requests.findById(id).orElseThrow();
            assertThat(stored.isUrgent()).isTrue();
            assertThat(stored.getRedFlagsAnsweredYes()).containsExactly(flag);
        }
    }

    @Test
    void noRedFlagIsNotUrgentAndNamesAreUnique() {
        NewConsultationRequest calm = new NewConsultationRequest(
                "Calm", null, "555 123 4567", null, List.of(), null, EnumSet.noneOf(RedFlag.class), null);
        assertThat(calm.urgent()).isFalse();
        assertThat(Arrays.stream(RedFlag.values()).map(RedFlag::field)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(RedFlag.values()).map(RedFlag::csvColumn)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(RedFlag.values()).map(RedFlag::column)).doesNotHaveDuplicates();
    }
}
