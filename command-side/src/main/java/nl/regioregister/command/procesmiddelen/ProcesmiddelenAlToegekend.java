package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A region is granted its procesmiddelen once per year. */
public class ProcesmiddelenAlToegekend extends BesluitGeweigerd {

    ProcesmiddelenAlToegekend(int jaar) {
        super("de procesmiddelen voor " + jaar + " zijn al toegekend");
    }

    @Override
    public String regel() {
        return "procesmiddelen-al-toegekend";
    }
}
