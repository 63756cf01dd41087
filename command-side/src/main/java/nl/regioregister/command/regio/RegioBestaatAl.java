package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A region is registered once. */
public class RegioBestaatAl extends BesluitGeweigerd {

    public RegioBestaatAl(String regioId) {
        super("de regio " + regioId + " is al geregistreerd");
    }

    @Override
    public String regel() {
        return "regio-bestaat-al";
    }
}
