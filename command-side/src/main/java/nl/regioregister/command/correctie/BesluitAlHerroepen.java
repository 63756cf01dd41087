package nl.regioregister.command.correctie;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A decision is revoked once; what replaces it is recorded as a new decision. */
public class BesluitAlHerroepen extends BesluitGeweigerd {

    BesluitAlHerroepen(long positie) {
        super("het besluit op positie " + positie + " is al herroepen");
    }

    @Override
    public String regel() {
        return "besluit-al-herroepen";
    }
}
