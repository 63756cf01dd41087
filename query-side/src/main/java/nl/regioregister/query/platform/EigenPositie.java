package nl.regioregister.query.platform;

import org.axonframework.eventhandling.EventMessage;

/**
 * The global index of the event itself, as opposed to its tracking token's position. A gap-aware token's position is
 * the highest index the processor has seen, so an event that commits late behind a gap carries a token position
 * above its own index; a projection that took that position would treat the event as already applied and file it
 * under another event's place. {@link EigenPositieEventStorageEngine} puts the event's own index into the metadata of
 * every event it reads for a processor, under {@value #SLEUTEL}; projections read it here.
 */
public final class EigenPositie {

    /** Metadata key of the event's own global index; the command side never writes it. */
    public static final String SLEUTEL = "regioregister.gebeurtenispositie";

    private EigenPositie() {
    }

    /** The event's own global index; an event read without it is an error, never a guess from its token. */
    public static long van(EventMessage<?> bericht) {
        Object positie = bericht.getMetaData().get(SLEUTEL);
        if (positie instanceof Number getal) {
            return getal.longValue();
        }
        if (positie instanceof String tekst) {
            return Long.parseLong(tekst);
        }
        throw new IllegalStateException("De gebeurtenis " + bericht.getIdentifier()
                + " is gelezen zonder haar eigen positie in de event store");
    }
}
