package nl.regioregister.events.regio;

import org.axonframework.serialization.Revision;

/** The region appointed its programmamanager. Replaces any previous programmamanager. */
@Revision("1")
public record ProgrammamanagerAangesteld(
        String regioId,
        String naam,
        String functie,
        String organisatie) {
}
