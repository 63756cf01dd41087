package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Regiobesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoint the programmamedewerker who supports the region's programmamanager. */
@Regiobesluit
public record StelProgrammamedewerkerAan(
        @TargetAggregateIdentifier String regioId,
        String naam,
        String functie,
        String organisatie) implements RegioGebonden {
}
