package nl.regioregister.events.programma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import nl.regioregister.events.regio.Programma;
import org.axonframework.serialization.Revision;

/**
 * The cabinet started a programme with its parameters, e.g. the NPVR after RFL 17 December and MR 20 December 2024
 * (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024). Who decided, from when, why and on what source
 * travel in the decision's metadata like every decision's.
 *
 * @param eersteJaar the programme's first year
 * @param laatsteJaar the last year of its horizon ("voor de komende 20 jaar": 2025 up to and including 2044)
 * @param procesmiddelenPerJaar the yearly procesmiddelen per region; null when the decision names no amount
 * @param procesmiddelenTotEnMetJaar the last year procesmiddelen are granted for; null when not named
 * @param kassierUiterlijk the target date for designating a regiokassier; null when not named
 * @param planStreefdatum the target date for a region's plan ("rond de zomer van 2025"); null when not named
 * @param uitvoeringsagendaStreefdatum the target date for the uitvoeringsagenda ("eind 2025"); null when not named
 * @param departementen the departments that committed to the plans with an inspanningsverplichting
 */
@Revision("1")
public record ProgrammaGestart(
        Programma programma,
        int eersteJaar,
        int laatsteJaar,
        @Optioneel BigDecimal procesmiddelenPerJaar,
        @Optioneel Integer procesmiddelenTotEnMetJaar,
        @Optioneel LocalDate kassierUiterlijk,
        @Optioneel LocalDate planStreefdatum,
        @Optioneel LocalDate uitvoeringsagendaStreefdatum,
        List<Departement> departementen) {
}
