package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The Rijk amends the grant of one year: its amount, the estimate of compensable BTW deducted from the uitkering, or
 * both.
 *
 * @param bedrag                   the amended amount, euros and cents
 * @param geschatteCompensabeleBtw the amended estimate, euros and cents; zero when no BTW is to be deducted
 * @param redenAfwijking           why the amount exceeds the yearly € 350.000,00; required only then
 */
@Rijksbesluit
public record WijzigProcesmiddelenToekenning(
        String regioId,
        int jaar,
        BigDecimal bedrag,
        BigDecimal geschatteCompensabeleBtw,
        String redenAfwijking) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Procesmiddelen.aggregaatId(regioId);
    }
}
