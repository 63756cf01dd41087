package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Regiobesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Designate an administrator of the region as its bestuurlijk trekker, e.g. a wethouder of one of its gemeenten. */
@Regiobesluit
public record WijsBestuurlijkTrekkerAan(
        @TargetAggregateIdentifier String regioId,
        String naam,
        String functie,
        String organisatie) implements RegioGebonden {
}
