package nl.regioregister.command.traject;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A trajectory is registered once under its id. */
public class TrajectBestaatAl extends BesluitGeweigerd {

    public TrajectBestaatAl(String trajectId) {
        super("er is al een lopend traject " + trajectId);
    }

    @Override
    public String regel() {
        return "traject-bestaat-al";
    }
}
