package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.OnbekendDoel;

/** Only a named opportunity can be dropped. */
public class OnbekendeKans extends OnbekendDoel {

    public OnbekendeKans(String titel) {
        super("de gezamenlijke kans \"" + titel + "\" is niet benoemd");
    }

    @Override
    public String regel() {
        return "onbekende-kans";
    }
}
