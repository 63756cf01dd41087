package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.procesmiddelen.Beheervorm;
import nl.regioregister.events.procesmiddelen.Kassiersoort;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The region designates the gemeente or provincie that receives and manages its procesmiddelen.
 *
 * @param samenwerkingsverband the body the kassier passes the money on to; only with
 *                             {@link Beheervorm#DOORGEVEN_AAN_SAMENWERKINGSVERBAND}
 */
@Regiobesluit
public record WijsRegiokassierAan(
        String regioId,
        Kassiersoort soort,
        String naam,
        Beheervorm beheervorm,
        String samenwerkingsverband) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Procesmiddelen.aggregaatId(regioId);
    }
}
