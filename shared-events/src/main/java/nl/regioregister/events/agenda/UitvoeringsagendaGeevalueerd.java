package nl.regioregister.events.agenda;

import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The adopted uitvoeringsagenda of a period was evaluated, as the basis for recalibrating the next period
 * (Kamerbrief Elke Regio Telt, December 2024: "wordt aansluitend geëvalueerd en herijkt"). {@code document} is
 * optional.
 */
@Revision("1")
public record UitvoeringsagendaGeevalueerd(
        String regioId,
        Periode periode,
        int versie,
        String evaluatie,
        @Optioneel Documentverwijzing document) {
}
