package com.empowerfitness.guide.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2ShutdownOrderTest {

    @Test
    void h2UrlsLeaveClosingTheDatabaseToSpringAndOthersAreUntouched() {
        assertThat(H2ShutdownOrder.withoutCloseOnExit("jdbc:h2:file:./data/guide;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:./data/guide;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(H2ShutdownOrder.withoutCloseOnExit("jdbc:h2:file:./x;db_close_on_exit=true"))
                .as("an operator's own choice stays")
                .isEqualTo("jdbc:h2:file:./x;db_close_on_exit=true");
        assertThat(H2ShutdownOrder.withoutCloseOnExit("jdbc:postgresql://127.0.0.1:5432/test"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }
}
