package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** Each side agrees to a version once. */
public class AkkoordAlGegeven extends BesluitGeweigerd {

    AkkoordAlGegeven(String reden) {
        super(reden);
    }

    @Override
    public String regel() {
        return "akkoord-al-gegeven";
    }
}
