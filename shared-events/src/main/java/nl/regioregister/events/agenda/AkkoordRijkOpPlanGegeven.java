package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** The Rijk agreed to this version of the region's plan. */
@Revision("1")
public record AkkoordRijkOpPlanGegeven(
        String regioId,
        int versie) {
}
