package com.empowerfitness.guide.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Times on staff pages, in the clinic's time zone ({@code guide.clinic.time-zone}, default the server's). */
@Component("staffTime")
public class StaffTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    StaffTime(@Value("${guide.clinic.time-zone:}") String zone) {
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    public String format(Instant instant) {
        return (instant == null) ? "" : FORMAT.withZone(this.zone).format(instant);
    }

    public ZoneId zone() {
        return this.zone;
    }
}
