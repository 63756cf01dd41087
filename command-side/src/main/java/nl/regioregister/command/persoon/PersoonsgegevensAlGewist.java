package nl.regioregister.command.persoon;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** Personal data are erased once; a second erasure would record a decision that changes nothing. */
public class PersoonsgegevensAlGewist extends BesluitGeweigerd {

    public PersoonsgegevensAlGewist(String persoonId) {
        super("de persoonsgegevens van " + persoonId + " zijn al gewist");
    }

    @Override
    public String regel() {
        return "persoonsgegevens-al-gewist";
    }
}
