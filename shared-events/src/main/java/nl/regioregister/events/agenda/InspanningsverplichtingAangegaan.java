package nl.regioregister.events.agenda;

import java.math.BigDecimal;
import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * One of the ten NPVR departments committed itself, as a best-effort obligation, to a concrete contribution to the
 * region's plan (Kamerbrief Elke Regio Telt, December 2024). {@code kenmerk} identifies the commitment within the
 * region; {@code bedrag} is in euros with two decimals, or {@code null}.
 */
@Revision("1")
public record InspanningsverplichtingAangegaan(
        String regioId,
        String kenmerk,
        Departement departement,
        String inzet,
        @Optioneel BigDecimal bedrag,
        Periode periode) {
}
