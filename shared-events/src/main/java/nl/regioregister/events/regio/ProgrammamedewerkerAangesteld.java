package nl.regioregister.events.regio;

import org.axonframework.serialization.Revision;

/** The region appointed its programmamedewerker. Replaces any previous programmamedewerker. */
@Revision("1")
public record ProgrammamedewerkerAangesteld(
        String regioId,
        String naam,
        String functie,
        String organisatie) {
}
