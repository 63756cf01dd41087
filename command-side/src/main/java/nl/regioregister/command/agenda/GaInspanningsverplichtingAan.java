package nl.regioregister.command.agenda;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Periode;

/**
 * The Rijk records what one of the ten NPVR departments commits to for the region's plan: what, for which years,
 * and an amount in euros where there is one. The kenmerk identifies the commitment within the region.
 */
@Rijksbesluit
public record GaInspanningsverplichtingAan(
        String regioId,
        String kenmerk,
        Departement departement,
        String inzet,
        BigDecimal bedrag,
        Periode periode) implements AgendaBesluit {
}
