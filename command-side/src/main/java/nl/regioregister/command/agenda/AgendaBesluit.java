package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A decision about a region's long-term agenda; every one goes to the region's {@link LangjarigeAgenda}. */
public interface AgendaBesluit extends RegioGebonden {

    @TargetAggregateIdentifier
    default String aggregaatId() {
        return LangjarigeAgenda.id(regioId());
    }
}
