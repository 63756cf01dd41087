package nl.regioregister.command.programma;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A programme that ended by going up into another cannot go up a second time. */
public class ProgrammaAlOpgegaan extends BesluitGeweigerd {

    ProgrammaAlOpgegaan(String opgegaanProgramma, String programma) {
        super("het programma " + opgegaanProgramma + " is al opgegaan in " + programma);
    }

    @Override
    public String regel() {
        return "programma-al-opgegaan";
    }
}
