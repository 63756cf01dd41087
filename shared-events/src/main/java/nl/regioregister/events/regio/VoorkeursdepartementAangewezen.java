package nl.regioregister.events.regio;

import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * The Rijk decided the region's voorkeursdepartement and, when known, its ambtelijk trekker; it may differ from the
 * region's preference. Replaces the previous department and trekker: without a trekker the role is vacant.
 */
@Revision("1")
public record VoorkeursdepartementAangewezen(
        String regioId,
        Departement departement,
        @Optioneel @Persoonsgegeven String ambtelijkTrekker,
        @Optioneel String ambtelijkTrekkerFunctie) {
}
