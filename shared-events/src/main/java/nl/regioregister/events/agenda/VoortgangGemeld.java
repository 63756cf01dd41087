package nl.regioregister.events.agenda;

import java.time.LocalDate;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/** Where an activity of the adopted uitvoeringsagenda stood on the peildatum. */
@Revision("1")
public record VoortgangGemeld(
        String regioId,
        Periode periode,
        String activiteit,
        Voortgangsstatus status,
        @Optioneel String toelichting,
        LocalDate peildatum) {
}
