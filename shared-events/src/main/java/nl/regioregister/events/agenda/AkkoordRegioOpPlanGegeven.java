package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** The region agreed to this version of its plan. */
@Revision("1")
public record AkkoordRegioOpPlanGegeven(
        String regioId,
        int versie) {
}
