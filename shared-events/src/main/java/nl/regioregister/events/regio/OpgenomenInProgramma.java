package nl.regioregister.events.regio;

import java.time.LocalDate;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The Rijk took the region into an area programme from a date; {@code omschrijving} says which part, e.g. the
 * tranche of a Regio Deal ("5e tranche, Rijksbijdrage € 25 mln").
 */
@Revision("1")
public record OpgenomenInProgramma(
        String regioId,
        Programma programma,
        LocalDate vanaf,
        @Optioneel String omschrijving) {
}
