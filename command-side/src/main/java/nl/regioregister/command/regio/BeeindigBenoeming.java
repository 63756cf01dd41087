package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.WisselendeBesluitnemer;
import nl.regioregister.events.regio.Bestuursrol;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the appointment to a role, leaving it vacant; the Rijk ends Rijk roles, the region its own. */
public record BeeindigBenoeming(
        @TargetAggregateIdentifier String regioId,
        Bestuursrol rol) implements WisselendeBesluitnemer {

    @Override
    public boolean doorHetRijk() {
        return rol != null && rol.rijksrol();
    }
}
