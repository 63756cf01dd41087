package nl.regioregister.events.kamer;

import org.axonframework.serialization.Revision;

/**
 * A decision or letter by which the motie is being carried out. A motie collects several over time.
 *
 * @param referentie the decision or letter, e.g. a Kamerstuk number or a document reference
 */
@Revision("1")
public record MotieUitvoeringGeregistreerd(
        String kamerstuknummer,
        String referentie,
        String omschrijving) {
}
