package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A shared opportunity is named once; its title identifies it. */
public class KansAlBenoemd extends BesluitGeweigerd {

    public KansAlBenoemd(String titel) {
        super("de gezamenlijke kans \"" + titel + "\" is al benoemd");
    }

    @Override
    public String regel() {
        return "kans-al-benoemd";
    }
}
