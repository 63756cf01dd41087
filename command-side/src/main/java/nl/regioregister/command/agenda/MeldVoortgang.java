package nl.regioregister.command.agenda;

import java.time.LocalDate;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.Voortgangsstatus;

/** The region or the Rijk reports where an activity of the adopted uitvoeringsagenda stands on a date. */
public record MeldVoortgang(
        String regioId,
        Periode periode,
        String activiteit,
        Voortgangsstatus status,
        String toelichting,
        LocalDate peildatum) implements AgendaBesluit {
}
