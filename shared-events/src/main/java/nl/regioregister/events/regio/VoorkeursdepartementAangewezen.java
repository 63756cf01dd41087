package nl.regioregister.events.regio;

import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * The Rijk decided the region's voorkeursdepartement and, when known, its ambtelijk trekker; it may differ from the
 * region's preference. Replaces the previous department and trekker: without a trekker the role is vacant.
 * <p>
 * Revision 2 names the person by a reference to the erasable register of personal data
 * ({@code persoonsgegevens}) instead of carrying name and function: the payload is under the integrity proofs and
 * can never be changed, the register's row can be erased under the AVG. A stored revision 1 reads with the event's own
 * identifier as its person reference (its name was copied to that register when revision 2 was introduced).
 *
 * @param ambtelijkTrekkerPersoonId the trekker in the register of personal data; {@code null} when not known
 */
@Revision("2")
public record VoorkeursdepartementAangewezen(
        String regioId,
        Departement departement,
        @Persoonsgegeven @Optioneel String ambtelijkTrekkerPersoonId) {
}
