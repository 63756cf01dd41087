package nl.regioregister.command.agenda;

import java.util.List;
import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Periode;

/**
 * The region recalibrates an evaluated uitvoeringsagenda into the next four-year period: it submits the next
 * period's agenda, linked to the evaluated one.
 */
@Regiobesluit
public record HerijkUitvoeringsagenda(
        String regioId,
        Periode geevalueerdePeriode,
        List<Activiteit> activiteiten,
        String monitoring,
        List<String> indicatoren,
        String organisatie,
        Documentverwijzing document) implements AgendaBesluit {
}
