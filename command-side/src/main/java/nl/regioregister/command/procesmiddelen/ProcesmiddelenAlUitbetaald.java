package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A year's procesmiddelen are paid once. */
public class ProcesmiddelenAlUitbetaald extends BesluitGeweigerd {

    ProcesmiddelenAlUitbetaald(int jaar) {
        super("de procesmiddelen voor " + jaar + " zijn al uitbetaald");
    }

    @Override
    public String regel() {
        return "procesmiddelen-al-uitbetaald";
    }
}
