package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** The Rijk returned a submitted version of the plan with remarks; the region may submit a new version. */
@Revision("1")
public record PlanTeruggestuurd(
        String regioId,
        int versie,
        String opmerkingen) {
}
