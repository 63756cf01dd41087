package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the initiative the region itself takes towards a strategische agenda with the Rijk. */
public record LegRegionaalInitiatiefVast(String regioId, String omschrijving) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String agendaId() {
        return StrategischeAgenda.id(regioId);
    }
}
