package nl.regioregister.events.agenda;

import java.util.List;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The region submitted a version of the uitvoeringsagenda for a four-year period: its activities, how progress is
 * monitored and with which indicators, how the work and the money are organised, and the document itself. {@code
 * herijkingVan} names the evaluated period this agenda recalibrates, {@code null} for an agenda that does not
 * follow an evaluation.
 */
@Revision("1")
public record UitvoeringsagendaIngediend(
        String regioId,
        Periode periode,
        int versie,
        @Optioneel Periode herijkingVan,
        List<Activiteit> activiteiten,
        String monitoring,
        List<String> indicatoren,
        String organisatie,
        Documentverwijzing document) {
}
