package nl.regioregister.events.agenda;

import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * The region submitted a version of its plan voor de regio: the long-term picture with its chapters, the year its
 * vision looks to, its own translation of each of the three NPVR goals, and the document itself. Every submission
 * is a new version; an adopted version stays in force until a later one is adopted.
 */
@Revision("1")
public record PlanIngediend(
        String regioId,
        int versie,
        Map<Hoofdstuk, String> hoofdstukken,
        int visiejaar,
        Map<Doelstelling, String> doorvertaling,
        Documentverwijzing document) {
}
