package nl.regioregister.events.regio;

import nl.regioregister.events.Optioneel;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * The region appointed its programmamanager. Replaces any previous programmamanager.
 * <p>
 * Revision 2 names the person by a reference to the erasable register of personal data
 * ({@code persoonsgegevens}) instead of carrying name and function: the payload is under the integrity proofs and
 * can never be changed, the register's row can be erased under the AVG. A stored revision 1 reads with the event's own
 * identifier as its person reference (its name was copied to that register when revision 2 was introduced).
 *
 * @param persoonId the appointed person in the register of personal data, with name and function
 */
@Revision("2")
public record ProgrammamanagerAangesteld(
        String regioId,
        @Persoonsgegeven String persoonId,
        @Optioneel String organisatie) {
}
