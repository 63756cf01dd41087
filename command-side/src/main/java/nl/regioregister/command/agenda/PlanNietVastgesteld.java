package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * An uitvoeringsagenda is adopted on an adopted plan voor de regio: "Op basis daarvan wordt … een uitvoeringsagenda
 * opgesteld" (Kamerbrief Elke Regio Telt, December 2024). Only adoption waits for the plan; submitting and agreeing
 * do not.
 */
public class PlanNietVastgesteld extends BesluitGeweigerd {

    PlanNietVastgesteld(String regioId) {
        super("een uitvoeringsagenda wordt vastgesteld op een vastgesteld plan; het plan van de regio " + regioId
                + " is nog niet vastgesteld");
    }

    @Override
    public String regel() {
        return "plan-niet-vastgesteld";
    }
}
