package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** An adopted version is final: it cannot be returned, agreed to again, adopted again or withdrawn. */
public class AlVastgesteld extends BesluitGeweigerd {

    AlVastgesteld(String reden) {
        super(reden);
    }

    @Override
    public String regel() {
        return "al-vastgesteld";
    }
}
