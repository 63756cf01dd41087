package nl.regioregister.events.agenda;

import org.axonframework.serialization.Revision;

/** The Rijk returned a submitted version of the uitvoeringsagenda with remarks. */
@Revision("1")
public record UitvoeringsagendaTeruggestuurd(
        String regioId,
        Periode periode,
        int versie,
        String opmerkingen) {
}
