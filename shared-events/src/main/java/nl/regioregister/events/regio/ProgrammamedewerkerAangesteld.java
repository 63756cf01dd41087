package nl.regioregister.events.regio;

import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/** The region appointed its programmamedewerker. Replaces any previous programmamedewerker. */
@Revision("1")
public record ProgrammamedewerkerAangesteld(
        String regioId,
        String naam,
        @Optioneel String functie,
        @Optioneel String organisatie) {
}
