package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Regiobesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The region carries an unspent amount of one year over to a later year. */
@Regiobesluit
public record DraagProcesmiddelenOver(
        String regioId,
        int vanJaar,
        int naarJaar,
        BigDecimal bedrag) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Procesmiddelen.aggregaatId(regioId);
    }
}
