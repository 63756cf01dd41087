package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Rijksbesluit;

/** The Rijk returns the submitted version of the plan with its remarks. */
@Rijksbesluit
public record StuurPlanTerug(
        String regioId,
        int versie,
        String opmerkingen) implements AgendaBesluit {
}
