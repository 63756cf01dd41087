package nl.regioregister.command.regio;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Programma;

/** A region takes part in a programme once at a time; a new tranche follows the end of the previous one. */
public class NeemtAlDeelAanProgramma extends BesluitGeweigerd {

    public NeemtAlDeelAanProgramma(String regioId, Programma programma, LocalDate sinds) {
        super("de regio " + regioId + " neemt al deel aan " + programma + " sinds " + sinds);
    }

    @Override
    public String regel() {
        return "neemt-al-deel-aan-programma";
    }
}
