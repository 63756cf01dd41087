package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Ontwikkelfase;

/**
 * A strategische agenda formalises the cooperation of regions that have a regional vision for their future (brief
 * Werkwijze Strategische Agenda's, 1 juli 2026); a region just starting cooperation and vision-forming is met in that
 * phase instead.
 */
public class OntwikkelfaseOntoereikend extends BesluitGeweigerd {

    public OntwikkelfaseOntoereikend(String regioId, Ontwikkelfase fase) {
        super(fase == null
                ? "de ontwikkelfase van regio " + regioId + " is nog niet vastgelegd"
                : "regio " + regioId + " is in de fase " + fase + "; een strategische agenda wordt vastgesteld "
                        + "vanaf een uitgewerkte visie");
    }

    @Override
    public String regel() {
        return "ontwikkelfase-ontoereikend";
    }
}
