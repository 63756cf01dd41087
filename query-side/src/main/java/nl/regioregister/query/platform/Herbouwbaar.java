package nl.regioregister.query.platform;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;

/**
 * A projection that {@link Schaduwherbouw} can rebuild next to its live tables: it applies any event to its tables
 * with a name suffix, with the same code its live event handlers use, idempotently per event.
 */
public interface Herbouwbaar {

    /** The projection's name, also its processing group and its path under {@code /v1/beheer/projecties}. */
    String naam();

    /** The projection's tables; a rebuild fills a copy of each named with the suffix, then puts them in place. */
    List<String> tabellen();

    /** Applies the event at its own position to the tables named with {@code achtervoegsel} ("" for the live ones). */
    void pasToe(Object gebeurtenis, EventMessage<?> bericht, long positie, String achtervoegsel);

    /** Applies a batch of events, in order, each at its own position; a projection may write them together. */
    default void pasToe(List<? extends EventMessage<?>> gebeurtenissen, String achtervoegsel) {
        gebeurtenissen.forEach(g -> pasToe(g.getPayload(), g, EigenPositie.van(g), achtervoegsel));
    }
}
