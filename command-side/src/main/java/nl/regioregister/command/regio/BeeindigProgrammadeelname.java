package nl.regioregister.command.regio;

import java.time.LocalDate;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.regio.Programma;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the region's participation in an area programme per a date; without a date, per the decision's ingangsdatum. */
@Rijksbesluit
public record BeeindigProgrammadeelname(
        @TargetAggregateIdentifier String regioId,
        Programma programma,
        LocalDate per) implements RegioGebonden {
}
