package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.OokDoorHetDepartement;
import nl.regioregister.command.besluit.Rijksbesluit;

/** The Rijk (BZK, or the department itself) withdraws a department's commitment. */
@Rijksbesluit
@OokDoorHetDepartement
public record TrekInspanningsverplichtingIn(
        String regioId,
        String kenmerk) implements AgendaBesluit {
}
