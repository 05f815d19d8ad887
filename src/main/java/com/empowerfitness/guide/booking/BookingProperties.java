package com.empowerfitness.guide.booking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guide.booking.*}: privacy notice version, rate limit, retention, who is told about new requests.
 */
@ConfigurationProperties("guide.booking")
public record BookingProperties(
        @DefaultValue("2026-11-01") String privacyNoticeVersion,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("365") int retentionDays,
        @DefaultValue("24h") Duration confirmationTtl,
        String notifyTo) {

    public record RateLimit(
            @DefaultValue("5") int maxPerWindow,
            @DefaultValue("10m") Duration window) {}
}
