package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Regiobesluit;

/** The region withdraws the submitted version of its plan before it is adopted. */
@Regiobesluit
public record TrekPlanIn(
        String regioId,
        int versie) implements AgendaBesluit {
}
