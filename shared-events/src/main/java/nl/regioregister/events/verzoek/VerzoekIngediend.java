package nl.regioregister.events.verzoek;

import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * A region asked the Rijk for maatwerk, a deviation, a solution to a knelpunt or support.
 *
 * @param verzoekId  the region's own short id of the request, unique within the region
 * @param gerichtAan the department it was addressed to; {@code null} when to the Rijk in general
 */
@Revision("1")
public record VerzoekIngediend(
        String regioId,
        String verzoekId,
        Verzoeksoort soort,
        String onderwerp,
        @Optioneel String toelichting,
        @Optioneel Departement gerichtAan) {
}
