package com.empowerfitness.guide.ops;

import com.empowerfitness.guide.mail.MailOutboxSender;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the database at each scrape (small counting queries on indexed or tiny tables): mail waiting
 * in the outbox, mail given up on, and content files the last load rejected. Counts only, never a row's content.
 * With several instances every one reports the same shared figures: alert on max(), not sum().
 */
@Component
class DatabaseGauges implements MeterBinder {

    private final JdbcTemplate jdbc;

    DatabaseGauges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("guide.mail.outbox.backlog", this, DatabaseGauges::outboxBacklog)
                .description("Emails queued and not yet sent (still being retried)")
                .register(registry);
        Gauge.builder("guide.mail.outbox.failed", this, DatabaseGauges::outboxFailed)
                .description("Emails given up on after the last retry; the staff inbox still has the request")
                .register(registry);
        Gauge.builder("guide.content.files.with.errors", this, DatabaseGauges::contentFilesWithErrors)
                .description("Content files the last load rejected (their last good version stays live)")
                .register(registry);
    }

    double outboxBacklog() {
        return count(
                "select count(*) from mail_outbox where sent_at is null and attempts < ?",
                MailOutboxSender.MAX_ATTEMPTS);
    }

    double outboxFailed() {
        return count(
                "select count(*) from mail_outbox where sent_at is null and attempts >= ?",
                MailOutboxSender.MAX_ATTEMPTS);
    }

    double contentFilesWithErrors() {
        return count("select count(distinct path) from content_error");
    }

    private double count(String sql, Object... arguments) {
        Long count = this.jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
