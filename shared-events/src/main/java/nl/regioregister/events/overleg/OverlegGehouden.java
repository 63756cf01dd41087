package nl.regioregister.events.overleg;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * A governance meeting of the region took place.
 *
 * @param deelnemers who took part, e.g. "bestuurlijk trekker", "rijksvertegenwoordiger"; empty when not recorded
 * @param onderwerpen what was discussed; empty when not recorded
 */
@Revision("1")
public record OverlegGehouden(
        String regioId,
        Overlegsoort soort,
        LocalDate datum,
        @Persoonsgegeven List<String> deelnemers,
        List<String> onderwerpen) {
}
