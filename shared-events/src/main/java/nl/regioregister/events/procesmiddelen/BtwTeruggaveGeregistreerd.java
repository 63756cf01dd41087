package nl.regioregister.events.procesmiddelen;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * The regiokassier reclaimed compensable BTW of a year from the BTW-compensatiefonds (Toelichting procesmiddelen
 * NPVR, 22 jan 2025). The amount, euros with scale 2, becomes spendable in that year.
 */
@Revision("1")
public record BtwTeruggaveGeregistreerd(
        String regioId,
        int jaar,
        BigDecimal bedrag) {
}
