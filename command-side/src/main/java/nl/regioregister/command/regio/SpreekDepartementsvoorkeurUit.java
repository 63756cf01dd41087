package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.Departement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** State which department the region prefers as its voorkeursdepartement, optionally with an alternative. */
@Regiobesluit
public record SpreekDepartementsvoorkeurUit(
        @TargetAggregateIdentifier String regioId,
        Departement voorkeur,
        Departement alternatief) implements RegioGebonden {
}
