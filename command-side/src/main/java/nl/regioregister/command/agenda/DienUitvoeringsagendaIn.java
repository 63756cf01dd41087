package nl.regioregister.command.agenda;

import java.util.List;
import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Periode;

/** The region submits (a new version of) the uitvoeringsagenda of a four-year period. */
@Regiobesluit
public record DienUitvoeringsagendaIn(
        String regioId,
        Periode periode,
        List<Activiteit> activiteiten,
        String monitoring,
        List<String> indicatoren,
        String organisatie,
        Documentverwijzing document) implements AgendaBesluit {
}
