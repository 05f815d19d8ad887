package com.empowerfitness.guide.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands each feature the part of {@link GuideProperties} it needs, so that a class asks for what it uses and a
 * test builds only that part. Also warns about settings that were renamed and still work for one release.
 */
@Configuration(proxyBeanMethods = false)
public class GuidePropertiesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GuidePropertiesConfiguration.class);

    GuidePropertiesConfiguration(GuideProperties properties) {
        if (!properties.clinic().timeZone().isEmpty()) {
            log.warn(
                    "guide.clinic.time-zone is deprecated and will be removed in the next release: set guide.time-zone"
                            + " (GUIDE_TIME_ZONE) instead{}",
                    properties.timeZone().isEmpty() ? "" : "; guide.time-zone is set and wins");
        }
    }

    @Bean
    GuideProperties.Clinic clinicProperties(GuideProperties properties) {
        return properties.clinic();
    }

    @Bean
    GuideProperties.Booking bookingProperties(GuideProperties properties) {
        return properties.booking();
    }

    @Bean
    GuideProperties.Admin adminProperties(GuideProperties properties) {
        return properties.admin();
    }

    @Bean
    GuideProperties.Scheduling schedulingProperties(GuideProperties properties) {
        return properties.scheduling();
    }
}
