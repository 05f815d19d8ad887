package com.empowerfitness.guide.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An appointment occupies its therapist's time from its start to the end of its buffer. The database guards
 * that time as rows of {@code appointment_slot}, one per five-minute unit on a grid fixed to the epoch, under a
 * primary key (therapist, unit start): two appointments that overlap by even one unit cannot both commit.
 */
public final class SlotUnits {

    /** Every zone offset in use today is a multiple of 15 minutes, so local quarter hours fall on this grid. */
    public static final Duration UNIT = Duration.ofMinutes(5);

    private SlotUnits() {}

    /** The unit starts covering [start, end): from the unit holding start to the one holding the last moment. */
    public static List<Instant> covering(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an appointment must end after it starts");
        }
        long unit = UNIT.toSeconds();
        long first = Math.floorDiv(start.getEpochSecond(), unit) * unit;
        List<Instant> units = new ArrayList<>();
        for (long s = first; s < end.getEpochSecond() || (s == end.getEpochSecond() && end.getNano() > 0); s += unit) {
            units.add(Instant.ofEpochSecond(s));
        }
        return units;
    }
}
