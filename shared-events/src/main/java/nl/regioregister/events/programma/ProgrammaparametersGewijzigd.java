package nl.regioregister.events.programma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import nl.regioregister.events.regio.Programma;
import org.axonframework.serialization.Revision;

/**
 * A later decision changed parameters of a running programme, from the decision's ingangsdatum on (e.g. the
 * Toelichting procesmiddelen NPVR of 22 januari 2025 named the yearly amount, its years and the date for the
 * regiokassier). Only the parameters it names change; every other component is null and keeps its value.
 *
 * @param laatsteJaar a new last year of the horizon
 * @param departementen the departments committed from now on, in full ("Overige departementen sluiten nadien aan")
 */
@Revision("1")
public record ProgrammaparametersGewijzigd(
        Programma programma,
        @Optioneel Integer laatsteJaar,
        @Optioneel BigDecimal procesmiddelenPerJaar,
        @Optioneel Integer procesmiddelenTotEnMetJaar,
        @Optioneel LocalDate kassierUiterlijk,
        @Optioneel LocalDate planStreefdatum,
        @Optioneel LocalDate uitvoeringsagendaStreefdatum,
        @Optioneel List<Departement> departementen) {
}
