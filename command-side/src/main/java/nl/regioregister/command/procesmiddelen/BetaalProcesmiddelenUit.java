package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Rijk pays a year's granted procesmiddelen to the regiokassier as a decentralisatie-uitkering. */
@Rijksbesluit
public record BetaalProcesmiddelenUit(
        String regioId,
        int jaar) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Procesmiddelen.aggregaatId(regioId);
    }
}
