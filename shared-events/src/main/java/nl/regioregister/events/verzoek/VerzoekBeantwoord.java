package nl.regioregister.events.verzoek;

import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The Rijk answered a region's request. A later answer (after reconsideration) replaces the earlier one; history
 * keeps both.
 *
 * @param doorverwezenNaar the department the request was passed to, with {@code DOORVERWEZEN}; {@code null} otherwise
 */
@Revision("1")
public record VerzoekBeantwoord(
        String regioId,
        String verzoekId,
        Verzoekuitkomst uitkomst,
        String antwoord,
        @Optioneel Departement doorverwezenNaar) {
}
