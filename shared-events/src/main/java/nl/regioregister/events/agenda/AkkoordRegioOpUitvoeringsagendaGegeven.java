package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** The region agreed to this version of the uitvoeringsagenda. */
@Revision("1")
public record AkkoordRegioOpUitvoeringsagendaGegeven(
        String regioId,
        Periode periode,
        int versie) {
}
