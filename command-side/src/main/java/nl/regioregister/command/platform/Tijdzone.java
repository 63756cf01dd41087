package nl.regioregister.command.platform;

import java.time.ZoneId;

/** Dates of decisions are Dutch calendar dates; instants are stored in UTC. */
final class Tijdzone {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Tijdzone() {
    }
}
