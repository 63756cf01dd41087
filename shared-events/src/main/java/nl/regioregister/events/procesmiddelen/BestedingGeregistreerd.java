package nl.regioregister.events.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The region spent an amount (euros, scale 2, including any BTW paid) of a year's procesmiddelen.
 *
 * @param omschrijving what was spent on; {@code null} when not given
 */
@Revision("1")
public record BestedingGeregistreerd(
        String regioId,
        int jaar,
        Bestedingscategorie categorie,
        BigDecimal bedrag,
        @Optioneel String omschrijving) {
}
