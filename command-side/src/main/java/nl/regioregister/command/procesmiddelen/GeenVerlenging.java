package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** An extension ends later than the current funding period. */
public class GeenVerlenging extends BesluitGeweigerd {

    GeenVerlenging(int huidigLaatsteJaar, int laatsteJaar) {
        super("de financieringsperiode loopt al tot en met " + huidigLaatsteJaar + "; een verlenging tot en met "
                + laatsteJaar + " verlengt niets");
    }

    @Override
    public String regel() {
        return "geen-verlenging";
    }
}
