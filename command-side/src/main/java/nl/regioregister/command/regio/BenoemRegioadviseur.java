package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoint the region's ambtelijk regioadviseur (regio-coördinator), mostly from BZK. */
@Rijksbesluit
public record BenoemRegioadviseur(
        @TargetAggregateIdentifier String regioId,
        String naam,
        String functie,
        Departement departement) implements RegioGebonden {
}
