package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** The region withdrew a version of the uitvoeringsagenda before it was adopted. */
@Revision("1")
public record UitvoeringsagendaIngetrokken(
        String regioId,
        Periode periode,
        int versie) {
}
