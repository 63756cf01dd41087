package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** The Rijk agreed to this version of the uitvoeringsagenda. */
@Revision("1")
public record AkkoordRijkOpUitvoeringsagendaGegeven(
        String regioId,
        Periode periode,
        int versie) {
}
