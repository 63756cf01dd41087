package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Programma;

/** Only a running participation can end. */
public class NeemtNietDeelAanProgramma extends BesluitGeweigerd {

    public NeemtNietDeelAanProgramma(String regioId, Programma programma) {
        super("de regio " + regioId + " neemt niet deel aan " + programma);
    }

    @Override
    public String regel() {
        return "neemt-niet-deel-aan-programma";
    }
}
