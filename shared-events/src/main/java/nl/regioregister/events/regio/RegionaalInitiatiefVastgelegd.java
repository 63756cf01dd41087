package nl.regioregister.events.regio;

import org.axonframework.serialization.Revision;

/**
 * The initiative the region itself takes towards a strategische agenda with the Rijk; without it an agenda is not
 * promising (brief Werkwijze Strategische Agenda's, 1 juli 2026: "Regionaal initiatief en eigenaarschap").
 * Replaces an earlier description.
 */
@Revision("1")
public record RegionaalInitiatiefVastgelegd(
        String regioId,
        String omschrijving) {
}
