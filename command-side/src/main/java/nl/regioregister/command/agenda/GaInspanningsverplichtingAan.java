package nl.regioregister.command.agenda;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.OokDoorHetDepartement;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.command.besluit.VanEenDepartement;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Periode;

/**
 * The Rijk (BZK, or the department itself) records what one of the ten NPVR departments commits to for the region's
 * plan: what, for which years, and an amount in euros where there is one. The kenmerk identifies the commitment within the region.
 */
@Rijksbesluit
@OokDoorHetDepartement
public record GaInspanningsverplichtingAan(
        String regioId,
        String kenmerk,
        Departement departement,
        String inzet,
        BigDecimal bedrag,
        Periode periode) implements AgendaBesluit, VanEenDepartement {
}
