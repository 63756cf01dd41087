package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * Procesmiddelen are granted only for the years of the funding period: the programme's procesmiddelen years in effect
 * (2025 to 2027, Toelichting procesmiddelen NPVR) unless the Rijk extended them for the region.
 */
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
