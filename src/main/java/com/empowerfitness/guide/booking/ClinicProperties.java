package com.empowerfitness.guide.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code guide.clinic.*}: how patients reach the clinic, shown on confirmations and in emails. */
@ConfigurationProperties("guide.clinic")
public record ClinicProperties(
        @DefaultValue("(555) 010-0199") String phone,
        @DefaultValue("hello@empowerfitness.example") String email) {}
