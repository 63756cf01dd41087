package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** This version of the uitvoeringsagenda, agreed by both sides, is adopted for its period. */
@Revision("1")
public record UitvoeringsagendaVastgesteld(
        String regioId,
        Periode periode,
        int versie) {
}
