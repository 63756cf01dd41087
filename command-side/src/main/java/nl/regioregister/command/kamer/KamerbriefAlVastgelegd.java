package nl.regioregister.command.kamer;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A letter is recorded once; an error in it is corrected by revoking it and recording it anew. */
public class KamerbriefAlVastgelegd extends BesluitGeweigerd {

    KamerbriefAlVastgelegd(String kamerbriefId) {
        super("de Kamerbrief " + kamerbriefId + " is al vastgelegd; herroep hem om een fout te herstellen");
    }

    @Override
    public String regel() {
        return "kamerbrief-al-vastgelegd";
    }
}
