package nl.regioregister.standalone;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward, so a day can pass without waiting for it. */
final class VerstelbareKlok extends Clock {

    private volatile Instant nu;

    VerstelbareKlok(Instant nu) {
        this.nu = nu;
    }

    void zet(Instant moment) {
        nu = moment;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(nu, zone);
    }

    @Override
    public Instant instant() {
        return nu;
    }
}
