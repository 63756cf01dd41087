package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** The NPVR started in 2025 with a horizon of twenty years, so no year after 2044 is part of it. */
public class BuitenProgrammahorizon extends BesluitGeweigerd {

    BuitenProgrammahorizon(int jaar) {
        super("het NPVR loopt twintig jaar, van " + Procesmiddelen.EERSTE_JAAR + " tot en met "
                + Procesmiddelen.LAATSTE_PROGRAMMAJAAR + "; " + jaar + " valt daarbuiten");
    }

    @Override
    public String regel() {
        return "buiten-programmahorizon";
    }
}
