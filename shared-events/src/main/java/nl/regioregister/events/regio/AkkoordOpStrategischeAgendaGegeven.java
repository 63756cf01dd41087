package nl.regioregister.events.regio;

import org.axonframework.serialization.Revision;

/**
 * One side agreed to the strategische agenda as it now stands, the version still to be formalised: "Een strategische
 * agenda regio en Rijk wordt gezamenlijk gedragen" (brief Werkwijze Strategische Agenda's, 1 juli 2026). A change to
 * the agenda after an akkoord asks for a new one.
 *
 * @param versie the version the akkoord is for: one more than the last formalised version
 */
@Revision("1")
public record AkkoordOpStrategischeAgendaGegeven(String regioId, Zijde zijde, int versie) {
}
