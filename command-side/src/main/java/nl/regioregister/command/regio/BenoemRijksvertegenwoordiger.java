package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoint a director-general of a department as the region's rijksvertegenwoordiger. */
@Rijksbesluit
public record BenoemRijksvertegenwoordiger(
        @TargetAggregateIdentifier String regioId,
        String naam,
        String functie,
        Departement departement) implements RegioGebonden {
}
