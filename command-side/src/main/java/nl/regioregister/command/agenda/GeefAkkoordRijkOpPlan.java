package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Rijksbesluit;

/** The Rijk agrees to the submitted version of the region's plan. */
@Rijksbesluit
public record GeefAkkoordRijkOpPlan(
        String regioId,
        int versie) implements AgendaBesluit {
}
