package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * The region carries over or spends only money it has: what was paid out and reclaimed for the year, plus what was
 * carried in, minus what was carried out and spent.
 */
public class OnvoldoendeBeschikbaar extends BesluitGeweigerd {

    OnvoldoendeBeschikbaar(int jaar, BigDecimal beschikbaar, BigDecimal bedrag, String handeling) {
        super("in " + jaar + " is " + Bedragen.tekst(beschikbaar) + " beschikbaar (uitgekeerd en teruggekregen btw, "
                + "plus overgedragen naar, min overgedragen uit en besteed in dat jaar); " + Bedragen.tekst(bedrag)
                + " " + handeling + " kan niet");
    }

    @Override
    public String regel() {
        return "onvoldoende-beschikbaar";
    }
}
