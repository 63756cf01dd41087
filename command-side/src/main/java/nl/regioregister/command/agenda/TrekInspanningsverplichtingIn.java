package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Rijksbesluit;

/** The Rijk withdraws a department's commitment. */
@Rijksbesluit
public record TrekInspanningsverplichtingIn(
        String regioId,
        String kenmerk) implements AgendaBesluit {
}
