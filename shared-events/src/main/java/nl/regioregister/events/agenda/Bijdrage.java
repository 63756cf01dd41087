package nl.regioregister.events.agenda;

import java.math.BigDecimal;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;

/**
 * What one party is expected to contribute to an activity. {@code departement} is set for a department,
 * {@code partij} names a partner (and optionally the regional body); {@code bedrag} is in euros with two decimals,
 * {@code null} when the contribution is not (only) money.
 */
public record Bijdrage(
        Partijsoort partijsoort,
        @Optioneel Departement departement,
        @Optioneel String partij,
        @Optioneel String omschrijving,
        @Optioneel BigDecimal bedrag) {
}
