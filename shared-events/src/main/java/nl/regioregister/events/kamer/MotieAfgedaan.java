package nl.regioregister.events.kamer;

import org.axonframework.serialization.Revision;

/**
 * The motie is done; after this nothing more is recorded about it.
 *
 * @param referentie the letter or decision that completes it, e.g. the Kamerbrief's Kamerstuk number
 */
@Revision("1")
public record MotieAfgedaan(
        String kamerstuknummer,
        String referentie) {
}
