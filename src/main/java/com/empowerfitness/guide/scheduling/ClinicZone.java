package com.empowerfitness.guide.scheduling;

import com.empowerfitness.guide.config.GuideProperties;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The clinic's time zone, from the one {@code guide.time-zone} setting (see {@link GuideProperties#zone()}):
 * every appointment time is generated, shown and sent in it. Stored times are instants. Read from the setting,
 * not from the Clock bean, so that a test may move the clock without moving the clinic.
 */
@Component
public class ClinicZone {

    private final ZoneId zone;

    @Autowired
    ClinicZone(GuideProperties properties) {
        this(properties.zone());
    }

    public ClinicZone(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return this.zone;
    }

    /** The zone's name as people read it, e.g. "Eastern Time". */
    public String displayName() {
        return this.zone.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US);
    }
}
