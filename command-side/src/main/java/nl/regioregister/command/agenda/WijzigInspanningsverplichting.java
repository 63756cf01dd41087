package nl.regioregister.command.agenda;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.agenda.Periode;

/** The Rijk replaces what a department committed to; the department itself stays. */
@Rijksbesluit
public record WijzigInspanningsverplichting(
        String regioId,
        String kenmerk,
        String inzet,
        BigDecimal bedrag,
        Periode periode) implements AgendaBesluit {
}
