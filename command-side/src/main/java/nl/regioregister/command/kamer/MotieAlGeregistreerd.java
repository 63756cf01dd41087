package nl.regioregister.command.kamer;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A motie is registered once. */
public class MotieAlGeregistreerd extends BesluitGeweigerd {

    MotieAlGeregistreerd(String kamerstuknummer) {
        super("de motie " + kamerstuknummer + " is al geregistreerd");
    }

    @Override
    public String regel() {
        return "motie-al-geregistreerd";
    }
}
