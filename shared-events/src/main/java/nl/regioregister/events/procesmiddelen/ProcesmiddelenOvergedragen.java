package nl.regioregister.events.procesmiddelen;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * The region carried an unspent amount (euros, scale 2) of one year over to a later year ("de regio kan dus
 * beslissen om middelen over te hevelen naar een volgend jaar", Toelichting procesmiddelen NPVR, 22 jan 2025).
 */
@Revision("1")
public record ProcesmiddelenOvergedragen(
        String regioId,
        int vanJaar,
        int naarJaar,
        BigDecimal bedrag) {
}
