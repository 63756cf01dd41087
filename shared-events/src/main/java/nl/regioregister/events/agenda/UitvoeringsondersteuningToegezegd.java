package nl.regioregister.events.agenda;

import java.math.BigDecimal;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The Rijk committed money to carry out a region's uitvoeringsagenda: "eventuele ondersteuning … bepalen op basis
 * van de specifieke opgaven in de uitvoeringsagenda's" (Kamerbrief Elke Regio Telt, December 2024).
 *
 * @param periode      the uitvoeringsagenda it supports
 * @param kenmerk      unique within the region, e.g. {@code ienw-regioexpres-2027}
 * @param bedrag       euros, scale 2
 * @param jaren        the years the money is for
 * @param begroting    the budget it comes from, e.g. "36 600 VII, artikel 4"; {@code null} when not given
 */
@Revision("1")
public record UitvoeringsondersteuningToegezegd(
        String regioId,
        Periode periode,
        String kenmerk,
        Departement departement,
        Financieringsinstrument instrument,
        BigDecimal bedrag,
        Periode jaren,
        @Optioneel String begroting) {
}
