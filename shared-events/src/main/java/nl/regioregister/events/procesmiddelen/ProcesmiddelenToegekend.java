package nl.regioregister.events.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The Rijk granted the region its procesmiddelen for one year (Toelichting procesmiddelen NPVR, 22 jan 2025).
 *
 * @param bedrag                   the granted amount in euros, scale 2
 * @param geschatteCompensabeleBtw the region's estimate of the compensable BTW in that amount, euros, scale 2; it
 *                                 is deducted from the decentralisatie-uitkering and put into the
 *                                 BTW-compensatiefonds
 * @param redenAfwijking           why the amount exceeds the yearly amount of € 350.000,00; {@code null} when not
 *                                 given
 */
@Revision("1")
public record ProcesmiddelenToegekend(
        String regioId,
        int jaar,
        BigDecimal bedrag,
        BigDecimal geschatteCompensabeleBtw,
        @Optioneel String redenAfwijking) {
}
