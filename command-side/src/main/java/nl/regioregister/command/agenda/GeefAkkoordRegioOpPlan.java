package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Regiobesluit;

/** The region agrees to the submitted version of its plan. */
@Regiobesluit
public record GeefAkkoordRegioOpPlan(
        String regioId,
        int versie) implements AgendaBesluit {
}
