package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** Procesmiddelen are granted only for the years of the funding period, 2025 to 2027 unless the Rijk extended it. */
public class JaarBuitenFinancieringsperiode extends BesluitGeweigerd {

    JaarBuitenFinancieringsperiode(int jaar, int eersteJaar, int laatsteJaar) {
        super("procesmiddelen worden toegekend voor " + eersteJaar + " tot en met " + laatsteJaar + "; " + jaar
                + " valt daarbuiten");
    }

    @Override
    public String regel() {
        return "jaar-buiten-financieringsperiode";
    }
}
