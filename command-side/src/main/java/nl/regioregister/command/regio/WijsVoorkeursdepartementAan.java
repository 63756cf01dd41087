package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decide the region's voorkeursdepartement and, when known, its ambtelijk trekker. */
@Rijksbesluit
public record WijsVoorkeursdepartementAan(
        @TargetAggregateIdentifier String regioId,
        Departement departement,
        String ambtelijkTrekker,
        String ambtelijkTrekkerFunctie) implements RegioGebonden {
}
