package nl.regioregister.command.kamer;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** Once a motie is done, nothing more is recorded about its execution. */
public class MotieAlAfgedaan extends BesluitGeweigerd {

    MotieAlAfgedaan(String kamerstuknummer, String handeling) {
        super("de motie " + kamerstuknummer + " is al afgedaan; " + handeling + " kan niet meer");
    }

    @Override
    public String regel() {
        return "motie-al-afgedaan";
    }
}
