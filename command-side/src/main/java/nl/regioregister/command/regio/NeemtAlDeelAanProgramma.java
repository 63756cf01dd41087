package nl.regioregister.command.regio;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Programma;

/**
 * A region is in a national programme (NPVR, NPLV, NOVEX, a strategic agenda) or not: taking it in a second time while
 * it takes part is impossible, not a norm. Regio Deals are different: each deal is its own agreement with its own
 * money and period, and no source limits a region to one at a time. The Achterhoek prepares a new four-year deal
 * while its 5th tranche runs ("Hiervoor wordt een Regio Deal aanvraag voorbereid … Een aanvraag voor de komende 4
 * jaar", AB Achterhoek 29 January 2025, next to "De Achterhoek heeft een Regio Deal 5e tranche toegekend gekregen
 * … gestart in 2024", bijlage 3), and "Met de Regio Deals investeert het Rijk al vele jaren in alle regio's" (letter
 * of 19 December 2025). A second Regio Deal is therefore recorded, and the status and the overview signal
 * {@code MEERDERE_REGIO_DEALS} while more than one runs.
 */
public class NeemtAlDeelAanProgramma extends BesluitGeweigerd {

    public NeemtAlDeelAanProgramma(String regioId, Programma programma, LocalDate sinds) {
        super("de regio " + regioId + " neemt al deel aan " + programma + " sinds " + sinds);
    }

    /** Whether a region may take part in the programme more than once at a time: only in Regio Deals. */
    static boolean magGelijktijdig(Programma programma) {
        return programma == Programma.REGIO_DEAL;
    }

    @Override
    public String regel() {
        return "neemt-al-deel-aan-programma";
    }
}
