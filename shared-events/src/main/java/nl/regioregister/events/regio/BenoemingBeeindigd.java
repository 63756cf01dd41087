package nl.regioregister.events.regio;

import nl.regioregister.events.Optioneel;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * The appointment to a role ended; the role is vacant until a new appointment.
 * <p>
 * Revision 2 names the person by a reference to the erasable register of personal data
 * ({@code persoonsgegevens}) instead of carrying name and function: the payload is under the integrity proofs and
 * can never be changed, the register's row can be erased under the AVG. A stored revision 1 reads with the event's own
 * identifier as its person reference (its name was copied to that register when revision 2 was introduced).
 *
 * @param persoonId the person whose appointment ended, in the register of personal data
 */
@Revision("2")
public record BenoemingBeeindigd(
        String regioId,
        Bestuursrol rol,
        @Persoonsgegeven @Optioneel String persoonId) {
}
