package nl.regioregister.command.procesmiddelen;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** Only granted procesmiddelen are paid. */
public class ProcesmiddelenNietToegekend extends BesluitGeweigerd {

    ProcesmiddelenNietToegekend(int jaar) {
        super("voor " + jaar + " zijn geen procesmiddelen toegekend; uitbetalen kan pas na toekenning");
    }

    @Override
    public String regel() {
        return "procesmiddelen-niet-toegekend";
    }
}
