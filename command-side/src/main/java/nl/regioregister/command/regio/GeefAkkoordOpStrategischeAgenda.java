package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One side agrees to the strategische agenda as it now stands: the region when a region's user records it, the Rijk
 * when the BZK role does.
 */
public record GeefAkkoordOpStrategischeAgenda(String regioId) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String agendaId() {
        return StrategischeAgenda.id(regioId);
    }
}
