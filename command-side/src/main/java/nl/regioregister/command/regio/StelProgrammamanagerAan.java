package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Regiobesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoint the region's programmamanager, its ambtelijk trekker for the programme. */
@Regiobesluit
public record StelProgrammamanagerAan(
        @TargetAggregateIdentifier String regioId,
        String naam,
        String functie,
        String organisatie) implements RegioGebonden {
}
