package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.procesmiddelen.Bestedingscategorie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The region records what it spent of a year's procesmiddelen.
 *
 * @param bedrag       euros and cents, including any BTW paid
 * @param omschrijving what was spent on; required for {@link Bestedingscategorie#OVERIG}
 */
@Regiobesluit
public record RegistreerBesteding(
        String regioId,
        int jaar,
        Bestedingscategorie categorie,
        BigDecimal bedrag,
        String omschrijving) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Procesmiddelen.aggregaatId(regioId);
    }
}
