package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Programma;

/**
 * The structural aanspreekpunt is for regions outside the national programmes (motie Flach, 29697-169; brief van 19
 * december 2025); a region in NPVR, NPLV, NOVEX or a Regio Deal has its contacts at the Rijk through that programme.
 */
public class AanspreekpuntViaProgramma extends BesluitGeweigerd {

    public AanspreekpuntViaProgramma(String regioId, Programma programma) {
        super("de regio " + regioId + " neemt deel aan " + programma
                + " en heeft daar haar aanspreekpunt bij het Rijk; een structureel aanspreekpunt is er voor regio's "
                + "buiten de nationale programma's (motie Flach, Kamerstuk 29697-169)");
    }

    @Override
    public String regel() {
        return "aanspreekpunt-via-programma";
    }
}
