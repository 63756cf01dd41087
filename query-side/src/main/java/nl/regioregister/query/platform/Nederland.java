package nl.regioregister.query.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Decisions take effect on Dutch calendar days: "today" and the date of a moment are read in Europe/Amsterdam. */
public final class Nederland {

    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    private Nederland() {
    }

    public static LocalDate vandaag(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), TIJDZONE);
    }

    public static LocalDate datumVan(Instant moment) {
        return LocalDate.ofInstant(moment, TIJDZONE);
    }
}
