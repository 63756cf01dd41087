package nl.regioregister.command.kamer;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A promise is registered once. */
public class ToezeggingAlGeregistreerd extends BesluitGeweigerd {

    ToezeggingAlGeregistreerd(String toezeggingId) {
        super("de toezegging " + toezeggingId + " is al geregistreerd");
    }

    @Override
    public String regel() {
        return "toezegging-al-geregistreerd";
    }
}
