package nl.regioregister.query.abonnement;

import java.time.Instant;
import java.util.UUID;
import nl.regioregister.query.feed.FeedFilter;

/**
 * An integrator's webhook subscription: where to deliver which events, and how far delivery got.
 *
 * @param cursor       the feed position up to which every event passing the filter was delivered
 * @param pogingen     failed attempts at the next event
 * @param falendSinds  since when every attempt failed; empty while deliveries succeed
 */
record Abonnement(UUID id, String eigenaar, String callbackUrl, String geheim, FeedFilter filter, Status status,
                  long cursor, int pogingen, Instant falendSinds, Instant volgendePoging, Instant aangemaaktOp) {

    enum Status {
        /** Deliveries go on. */
        ACTIEF,
        /** The integrator paused deliveries; events wait in the feed. */
        GEPAUZEERD,
        /** Deliveries failed for longer than allowed; they are parked until the integrator asks to redeliver. */
        FALEND
    }
}
