package nl.regioregister.command.regio;

import java.time.LocalDate;
import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that region and Rijk formalised their cooperation in the strategische agenda on a date; without a date, on
 * the decision's ingangsdatum.
 */
public record StelStrategischeAgendaVast(String regioId, LocalDate vastgesteldOp) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String agendaId() {
        return StrategischeAgenda.id(regioId);
    }
}
