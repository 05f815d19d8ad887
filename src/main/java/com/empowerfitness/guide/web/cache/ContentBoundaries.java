package com.empowerfitness.guide.web.cache;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The next moment any page appears or disappears on its own ({@code publish_at} / {@code expires_at}). */
@Component
class ContentBoundaries {

    private static final List<String> TABLES = List.of("article", "exercise", "content_block", "check_page");

    private final JdbcTemplate jdbc;

    ContentBoundaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The earliest publish_at or expires_at after {@code now} (clinic time), if any. */
    Optional<LocalDateTime> next(LocalDateTime now) {
        LocalDateTime next = null;
        Timestamp after = Timestamp.valueOf(now);
        for (String table : TABLES) {
            for (String column : List.of("publish_at", "expires_at")) {
                // Table and column names are constants above, never input.
                Timestamp found = jdbc.queryForObject(
                        "select min(" + column + ") from " + table + " where " + column + " > ?",
                        Timestamp.class,
                        after);
                if (found != null && (next == null || found.toLocalDateTime().isBefore(next))) {
                    next = found.toLocalDateTime();
                }
            }
        }
        return Optional.ofNullable(next);
    }
}
