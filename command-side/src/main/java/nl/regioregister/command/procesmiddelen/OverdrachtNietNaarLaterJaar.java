package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * Unspent money is carried over to a following year (Toelichting procesmiddelen NPVR, 22 jan 2025), never back.
 */
public class OverdrachtNietNaarLaterJaar extends BesluitGeweigerd {

    OverdrachtNietNaarLaterJaar(int vanJaar, int naarJaar) {
        super("middelen van " + vanJaar + " kunnen alleen naar een later jaar worden overgedragen, niet naar "
                + naarJaar);
    }

    @Override
    public String regel() {
        return "overdracht-niet-naar-later-jaar";
    }
}
