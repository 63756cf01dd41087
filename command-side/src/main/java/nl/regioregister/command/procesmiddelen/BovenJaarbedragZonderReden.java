package nl.regioregister.command.procesmiddelen;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * The Toelichting procesmiddelen NPVR (22 jan 2025) sets € 350.000,00 a year per region, or the amount a later
 * recorded decision set; granting more is a deviation that records its reason.
 */
public class BovenJaarbedragZonderReden extends BesluitGeweigerd {

    BovenJaarbedragZonderReden(BigDecimal bedrag, BigDecimal jaarbedrag) {
        super(Bedragen.tekst(bedrag) + " is meer dan het jaarbedrag van " + Bedragen.tekst(jaarbedrag)
                + "; leg in redenAfwijking vast waarom");
    }

    @Override
    public String regel() {
        return "boven-jaarbedrag-zonder-reden";
    }
}
