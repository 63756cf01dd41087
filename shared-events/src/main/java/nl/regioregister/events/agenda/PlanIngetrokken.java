package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** The region withdrew a version of its plan before it was adopted; an earlier adopted version stays in force. */
@Revision("1")
public record PlanIngetrokken(
        String regioId,
        int versie) {
}
