package nl.regioregister.command.programma;

import nl.regioregister.command.besluit.OnbekendDoel;

/** The register knows no start decision of the programme, so there is nothing to change or go up into. */
public class ProgrammaNietGestart extends OnbekendDoel {

    ProgrammaNietGestart(String programma) {
        super("het register kent geen besluit dat het programma " + programma + " startte");
    }

    @Override
    public String regel() {
        return "programma-niet-gestart";
    }
}
