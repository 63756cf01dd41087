package nl.regioregister.command.traject;

import java.time.LocalDate;
import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a trajectory no longer runs, from its end date; without a date, from the decision's ingangsdatum. */
public record SluitLopendTraject(
        String trajectId,
        String regioId,
        LocalDate einddatum) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return LopendTraject.id(trajectId);
    }
}
