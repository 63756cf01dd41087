package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Place the structural contact with a region outside the national programmes at a department, saying where the
 * largest policy overlap lies (motie Flach, 29697-169).
 */
@Rijksbesluit
public record BelegAanspreekpunt(
        @TargetAggregateIdentifier String regioId,
        Departement departement,
        String beleidsmatigeRaakvlakken) implements RegioGebonden {
}
