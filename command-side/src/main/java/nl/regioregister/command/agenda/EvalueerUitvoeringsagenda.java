package nl.regioregister.command.agenda;

import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Periode;

/**
 * Region and Rijk record the evaluation of an adopted uitvoeringsagenda at the end of its period; either side
 * records it. The document is optional.
 */
public record EvalueerUitvoeringsagenda(
        String regioId,
        Periode periode,
        String evaluatie,
        Documentverwijzing document) implements AgendaBesluit {
}
