package nl.regioregister.events.correctie;

import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * An earlier decision, named by its position in the event store, no longer counts: it was recorded in error or taken
 * back. History keeps both the decision and this revocation; views show the state without the revoked decision. A
 * correction is the right decision recorded anew plus the revocation of the wrong one, named in
 * {@code vervangenDoor}.
 *
 * @param positie       the global position of the revoked decision
 * @param regioId       the region the revoked decision was about; {@code null} when it named none
 * @param type          the event type of the revoked decision, e.g. {@code RijksvertegenwoordigerBenoemd}
 * @param objectId      the object (aggregate) the revoked decision belonged to
 * @param reden         why it no longer counts
 * @param vervangenDoor the position of the decision that replaces it; {@code null} when it is only revoked
 */
@Revision("1")
public record BesluitHerroepen(
        long positie,
        @Optioneel String regioId,
        String type,
        String objectId,
        String reden,
        @Optioneel Long vervangenDoor) {
}
