package nl.regioregister.events.kamer;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/**
 * An adopted motie of the Tweede Kamer that the ministry carries out, e.g. motie Flach (29697-169).
 *
 * @param kamerstuknummer the normalised Kamerstuk number: dossier, optional dossier part, number, separated by
 *                        hyphens ({@code 29697-169}, {@code 36800-VII-97})
 * @param aangenomenOp    the date the Kamer adopted the motie
 */
@Revision("1")
public record MotieGeregistreerd(
        String kamerstuknummer,
        String titel,
        @Persoonsgegeven List<String> indieners,
        LocalDate aangenomenOp) {
}
