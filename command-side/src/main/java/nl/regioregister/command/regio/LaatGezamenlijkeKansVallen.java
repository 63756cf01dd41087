package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drop a shared opportunity from the region's strategische agenda. */
public record LaatGezamenlijkeKansVallen(String regioId, String titel) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String agendaId() {
        return StrategischeAgenda.id(regioId);
    }
}
