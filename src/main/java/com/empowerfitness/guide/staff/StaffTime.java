package com.empowerfitness.guide.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times on staff pages, in the clinic's time zone (the {@link Clock}'s: {@code guide.time-zone}). */
@Component("staffTime")
public class StaffTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    StaffTime(Clock clock) {
        this.zone = clock.getZone();
    }

    public String format(Instant instant) {
        return (instant == null) ? "" : FORMAT.withZone(this.zone).format(instant);
    }

    public ZoneId zone() {
        return this.zone;
    }
}
