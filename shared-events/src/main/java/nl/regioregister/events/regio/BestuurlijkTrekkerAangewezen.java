package nl.regioregister.events.regio;

import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * The region designated one of its administrators as its bestuurlijk trekker, e.g. a wethouder of one of its
 * gemeenten. Replaces any previous bestuurlijk trekker.
 */
@Revision("1")
public record BestuurlijkTrekkerAangewezen(
        String regioId,
        @Persoonsgegeven String naam,
        String functie,
        String organisatie) {
}
