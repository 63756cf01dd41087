package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * No year after the NPVR's horizon is part of it: "voor de komende 20 jaar" from 2025 (Kamerbrief NPVR, December
 * 2024), or the horizon a later recorded decision set.
 */
public class BuitenProgrammahorizon extends BesluitGeweigerd {

    BuitenProgrammahorizon(int jaar, int eersteJaar, int laatsteJaar) {
        super("het NPVR loopt van " + eersteJaar + " tot en met " + laatsteJaar + "; " + jaar + " valt daarbuiten");
    }

    @Override
    public String regel() {
        return "buiten-programmahorizon";
    }
}
