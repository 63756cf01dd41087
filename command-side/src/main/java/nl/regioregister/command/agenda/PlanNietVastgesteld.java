package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * An uitvoeringsagenda follows from an adopted plan voor de regio (Kamerbrief Elke Regio Telt, December 2024,
 * bijlage 1).
 */
public class PlanNietVastgesteld extends BesluitGeweigerd {

    PlanNietVastgesteld(String regioId) {
        super("een uitvoeringsagenda volgt uit een vastgesteld plan; het plan van de regio " + regioId
                + " is nog niet vastgesteld");
    }

    @Override
    public String regel() {
        return "plan-niet-vastgesteld";
    }
}
