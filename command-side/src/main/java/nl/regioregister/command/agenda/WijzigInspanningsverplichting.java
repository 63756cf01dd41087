package nl.regioregister.command.agenda;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.OokDoorHetDepartement;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.agenda.Periode;

/** The Rijk (BZK, or the department itself) replaces what a department committed to; the department stays. */
@Rijksbesluit
@OokDoorHetDepartement
public record WijzigInspanningsverplichting(
        String regioId,
        String kenmerk,
        String inzet,
        BigDecimal bedrag,
        Periode periode) implements AgendaBesluit {
}
