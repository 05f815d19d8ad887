package com.empowerfitness.guide.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The one {@code guide.*} tree: what it binds to, what it refuses at start-up, and the renamed key. */
class GuidePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GuideProperties.class)
    static class Bound {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bound.class, GuidePropertiesConfiguration.class);

    @Test
    void withNothingSetTheTreeIsExactlyTheDefaultsToolsAndTestsUse() {
        this.runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(GuideProperties.class)).isEqualTo(GuideProperties.defaults());
        });
    }

    @Test
    void eachFeatureGetsItsOwnPartOfTheTree() {
        this.runner
                .withPropertyValues(
                        "guide.clinic.phone=(555) 000-1111",
                        "guide.booking.retention-days=30",
                        "guide.scheduling.min-notice=4h",
                        "guide.scheduling.horizon-days=21")
                .run(context -> {
                    assertThat(context.getBean(GuideProperties.Clinic.class).phone())
                            .isEqualTo("(555) 000-1111");
                    assertThat(context.getBean(GuideProperties.Booking.class).retentionDays())
                            .isEqualTo(30);
                    GuideProperties.Scheduling scheduling = context.getBean(GuideProperties.Scheduling.class);
                    assertThat(scheduling.minNotice()).isEqualTo(Duration.ofHours(4));
                    assertThat(scheduling.horizonDays()).isEqualTo(21);
                    assertThat(scheduling.slotStep()).isEqualTo(Duration.ofMinutes(15));
                });
    }

    @Test
    void theBaseUrlLosesItsTrailingSlashesOnceForEveryLink() {
        this.runner
                .withPropertyValues("guide.base-url= https://guide.clinic.example// ")
                .run(context -> {
                    GuideProperties properties = context.getBean(GuideProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo("https://guide.clinic.example");
                    assertThat(properties.url("/articles/causes"))
                            .isEqualTo("https://guide.clinic.example/articles/causes");
                });
    }

    @Test
    void aTimeZoneThatDoesNotExistStopsStartUpNamingTheKey() {
        this.runner.withPropertyValues("guide.time-zone=America/Springfield").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasStackTraceContaining(
                            "guide.time-zone must be a time zone such as America/New_York, not 'America/Springfield'");
        });
    }

    @Test
    void aRetentionOfZeroDaysIsRefusedAtStartUp() {
        this.runner.withPropertyValues("guide.booking.retention-days=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("retentionDays");
        });
    }

    @Test
    void theDeprecatedClinicTimeZoneStillWorksAndTheNewKeyWins() {
        this.runner
                .withPropertyValues("guide.clinic.time-zone=America/Chicago")
                .run(context -> assertThat(
                                context.getBean(GuideProperties.class).zone())
                        .isEqualTo(ZoneId.of("America/Chicago")));
        this.runner
                .withPropertyValues("guide.clinic.time-zone=America/Chicago", "guide.time-zone=America/Denver")
                .run(context -> assertThat(
                                context.getBean(GuideProperties.class).zone())
                        .isEqualTo(ZoneId.of("America/Denver")));
    }
}
