package com.empowerfitness.guide.config;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock used to decide which pages are published; {@code guide.time-zone} is the clinic's zone, in which
 * editors write {@code publish_at} and {@code expires_at} (the server's zone when not set).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(ObjectProvider<GuideProperties> properties) {
        // Slice tests that import this configuration alone get the defaults (the server's zone).
        return Clock.system(properties.getIfAvailable(GuideProperties::defaults).zone());
    }
}
