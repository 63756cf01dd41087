package nl.regioregister.command.agenda;

import java.util.Map;
import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Hoofdstuk;

/**
 * The region submits (a new version of) its plan voor de regio: each chapter, the year its vision looks to, its
 * translation of each of the three goals, and the document with its checksum.
 */
@Regiobesluit
public record DienPlanIn(
        String regioId,
        Map<Hoofdstuk, String> hoofdstukken,
        int visiejaar,
        Map<Doelstelling, String> doorvertaling,
        Documentverwijzing document) implements AgendaBesluit {
}
