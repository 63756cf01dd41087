package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/**
 * This version of the plan, agreed by both the region and the Rijk, is adopted and in force; it replaces an earlier
 * adopted version.
 */
@Revision("1")
public record PlanVastgesteld(
        String regioId,
        int versie) {
}
