package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the regiokassier got back compensable BTW of a year from the BTW-compensatiefonds. Either the region
 * or BZK may record it: the kassier reclaims, the Rijk administers the fund.
 */
public record RegistreerBtwTeruggave(
        String regioId,
        int jaar,
        BigDecimal bedrag) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Procesmiddelen.aggregaatId(regioId);
    }
}
