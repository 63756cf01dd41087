package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * The kassier reclaims from the BTW-compensatiefonds no more than was put in for that year, minus what it reclaimed
 * before (Toelichting procesmiddelen NPVR, 22 jan 2025).
 */
public class TeruggaveBovenGestorteBtw extends BesluitGeweigerd {

    TeruggaveBovenGestorteBtw(int jaar, BigDecimal resterend, BigDecimal bedrag) {
        super("voor " + jaar + " staat nog " + Bedragen.tekst(resterend)
                + " in het btw-compensatiefonds; een teruggave van " + Bedragen.tekst(bedrag) + " is meer dan dat");
    }

    @Override
    public String regel() {
        return "teruggave-boven-gestorte-btw";
    }
}
