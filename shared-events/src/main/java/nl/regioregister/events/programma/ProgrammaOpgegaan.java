package nl.regioregister.events.programma;

import nl.regioregister.events.regio.Programma;
import org.axonframework.serialization.Revision;

/**
 * An existing programme ended by going up into a running one: "het bestaande programma 'regio's aan de grens' opgaat
 * in een gebiedsgericht programma onder de noemer Nationaal Programma Vitale Regio's" (Kamerbrief nadere uitwerking
 * Elke Regio Telt, 20 december 2024).
 *
 * @param programma the programme it went up into
 * @param opgegaanProgramma the name of the programme that ended, e.g. "Regio's aan de Grens"
 */
@Revision("1")
public record ProgrammaOpgegaan(
        Programma programma,
        String opgegaanProgramma) {
}
