package nl.regioregister.events.regio;

import org.axonframework.serialization.Revision;

/** A shared opportunity is no longer part of the region's strategische agenda. */
@Revision("1")
public record GezamenlijkeKansVervallen(
        String regioId,
        String titel) {
}
