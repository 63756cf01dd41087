package nl.regioregister.events.regio;

import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * The region designated one of its administrators as its bestuurlijk trekker, e.g. a wethouder of one of its
 * gemeenten. Replaces any previous bestuurlijk trekker.
 * <p>
 * Revision 2 names the person by a reference to the erasable register of personal data
 * ({@code persoonsgegevens}) instead of carrying name and function: the payload is under the integrity proofs and
 * can never be changed, the register's row can be erased under the AVG. A stored revision 1 reads with the event's own
 * identifier as its person reference (its name was copied to that register when revision 2 was introduced).
 *
 * @param persoonId   the designated person in the register of personal data, with name and function
 * @param organisatie the body the person is an administrator of, e.g. "gemeente Doetinchem"
 */
@Revision("2")
public record BestuurlijkTrekkerAangewezen(
        String regioId,
        @Persoonsgegeven String persoonId,
        String organisatie) {
}
