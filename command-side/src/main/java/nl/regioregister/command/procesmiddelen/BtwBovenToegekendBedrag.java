package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/** The compensable BTW is part of the granted amount, so the estimate cannot exceed it. */
public class BtwBovenToegekendBedrag extends BesluitGeweigerd {

    BtwBovenToegekendBedrag(BigDecimal btw, BigDecimal bedrag) {
        super("de geschatte compensabele btw van " + Bedragen.tekst(btw) + " is hoger dan het toegekende bedrag van "
                + Bedragen.tekst(bedrag));
    }

    @Override
    public String regel() {
        return "btw-boven-toegekend-bedrag";
    }
}
