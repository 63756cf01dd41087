package nl.regioregister.events.regio;

import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * A development opportunity region and Rijk share, with what it adds for each of them: an agenda comes into view only
 * where regional and national interests meet (brief Werkwijze Strategische Agenda's, 1 juli 2026).
 */
@Revision("1")
public record GezamenlijkeKansBenoemd(
        String regioId,
        String titel,
        @Optioneel String omschrijving,
        String meerwaardeRegio,
        String meerwaardeRijk) {
}
