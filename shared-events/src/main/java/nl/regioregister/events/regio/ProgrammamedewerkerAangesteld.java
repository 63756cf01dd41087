package nl.regioregister.events.regio;

import nl.regioregister.events.Optioneel;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/** The region appointed its programmamedewerker. Replaces any previous programmamedewerker. */
@Revision("1")
public record ProgrammamedewerkerAangesteld(
        String regioId,
        @Persoonsgegeven String naam,
        @Optioneel String functie,
        @Optioneel String organisatie) {
}
