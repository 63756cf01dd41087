package nl.regioregister.command.programma;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Programma;

/** A programme starts once; what a later cabinet decides about it is a change of its parameters. */
public class ProgrammaAlGestart extends BesluitGeweigerd {

    ProgrammaAlGestart(Programma programma) {
        super("het programma " + programma.naam() + " is al gestart; een later besluit wijzigt zijn parameters");
    }

    @Override
    public String regel() {
        return "programma-al-gestart";
    }
}
