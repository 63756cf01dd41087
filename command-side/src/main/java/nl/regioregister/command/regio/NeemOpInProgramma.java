package nl.regioregister.command.regio;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.regio.Programma;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take the region into an area programme from a date; without a date, from the decision's ingangsdatum.
 *
 * @param rijksbijdrage the Rijk's contribution in euros, e.g. a Regio Deal's; optional
 */
@Rijksbesluit
public record NeemOpInProgramma(
        @TargetAggregateIdentifier String regioId,
        Programma programma,
        LocalDate vanaf,
        String omschrijving,
        BigDecimal rijksbijdrage) implements RegioGebonden {
}
