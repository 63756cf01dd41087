package nl.regioregister.events.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The Rijk amended the grant of one year, e.g. on the region's request to pay part of it without BTW deduction
 * (memo Achterhoek, AB 5 maart 2025, onderdeel E). The amended grant replaces the earlier one; a payment already made
 * stays as it was.
 *
 * @param bedrag                           the amended amount in euros, scale 2
 * @param geschatteCompensabeleBtw         the amended estimate of compensable BTW, euros, scale 2
 * @param redenAfwijking                   why the amount exceeds € 350.000,00; {@code null} when not given
 * @param vorigBedrag                      the amount granted before this amendment, euros, scale 2
 * @param vorigeGeschatteCompensabeleBtw   the estimate before this amendment, euros, scale 2
 */
@Revision("1")
public record ProcesmiddelenToekenningGewijzigd(
        String regioId,
        int jaar,
        BigDecimal bedrag,
        BigDecimal geschatteCompensabeleBtw,
        @Optioneel String redenAfwijking,
        BigDecimal vorigBedrag,
        BigDecimal vorigeGeschatteCompensabeleBtw) {
}
