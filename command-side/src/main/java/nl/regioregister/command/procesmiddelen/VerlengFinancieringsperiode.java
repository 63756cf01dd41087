package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Rijk extends the years for which the region can be granted procesmiddelen, up to and including laatsteJaar. */
@Rijksbesluit
public record VerlengFinancieringsperiode(
        String regioId,
        int laatsteJaar) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Procesmiddelen.aggregaatId(regioId);
    }
}
