package nl.regioregister.command.verzoek;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A request id names one request of the region; a new request gets a new id. */
public class VerzoekBestaatAl extends BesluitGeweigerd {

    VerzoekBestaatAl(String regioId, String verzoekId) {
        super("de regio " + regioId + " heeft al een verzoek " + verzoekId);
    }

    @Override
    public String regel() {
        return "verzoek-bestaat-al";
    }
}
