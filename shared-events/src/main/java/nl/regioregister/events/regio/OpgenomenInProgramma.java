package nl.regioregister.events.regio;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The Rijk took the region into an area programme from a date; {@code omschrijving} says which part, e.g. the
 * tranche of a Regio Deal ("5e tranche").
 * <p>
 * Revision 2 adds the Rijk's contribution as money, so that Regio Deal amounts can be totalled ("Regio Deal 5e
 * tranche, Rijksbijdrage € 25 mln", bijlage 3 "Lopende trajecten Achterhoek"); revision 1 is upcast without it.
 *
 * @param rijksbijdrage the Rijk's contribution in euros, scale 2; {@code null} when none or not given
 */
@Revision("2")
public record OpgenomenInProgramma(
        String regioId,
        Programma programma,
        LocalDate vanaf,
        @Optioneel String omschrijving,
        @Optioneel BigDecimal rijksbijdrage) {
}
