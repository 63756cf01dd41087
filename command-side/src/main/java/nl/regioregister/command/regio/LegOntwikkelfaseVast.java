package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.events.regio.Ontwikkelfase;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the development phase the region is in. */
public record LegOntwikkelfaseVast(String regioId, Ontwikkelfase fase) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String agendaId() {
        return StrategischeAgenda.id(regioId);
    }
}
