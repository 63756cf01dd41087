package nl.regioregister.events.procesmiddelen;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * A year's granted procesmiddelen were paid as a decentralisatie-uitkering to the regiokassier, net of the
 * estimated compensable BTW, which went into the BTW-compensatiefonds (Toelichting procesmiddelen NPVR,
 * 22 jan 2025). {@code uitgekeerd + gestortInBtwCompensatiefonds} is the granted amount.
 *
 * @param fonds                         the Gemeentefonds or Provinciefonds, following the kind of kassier
 * @param kassier                       the name of the regiokassier that received the money
 * @param uitgekeerd                    the decentralisatie-uitkering in euros, scale 2
 * @param gestortInBtwCompensatiefonds  the estimated compensable BTW in euros, scale 2
 */
@Revision("1")
public record ProcesmiddelenUitbetaald(
        String regioId,
        int jaar,
        Uitkeringsfonds fonds,
        String kassier,
        BigDecimal uitgekeerd,
        BigDecimal gestortInBtwCompensatiefonds) {
}
