package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.RegioGebonden;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Name a development opportunity region and Rijk share, with what it adds for each of them. */
public record BenoemGezamenlijkeKans(
        String regioId,
        String titel,
        String omschrijving,
        String meerwaardeRegio,
        String meerwaardeRijk) implements RegioGebonden {

    @TargetAggregateIdentifier
    public String agendaId() {
        return StrategischeAgenda.id(regioId);
    }
}
