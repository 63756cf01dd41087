package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The Rijk grants the region its procesmiddelen for one year.
 *
 * @param bedrag                   euros and cents
 * @param geschatteCompensabeleBtw the region's estimate of the compensable BTW in the amount, euros and cents; zero
 *                                 when the region expects none
 * @param redenAfwijking           why the amount exceeds the yearly € 350.000,00; required only then
 */
@Rijksbesluit
public record KenProcesmiddelenToe(
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
