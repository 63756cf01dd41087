package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A kenmerk identifies one commitment within a region, also after it was withdrawn. */
public class InspanningsverplichtingBestaatAl extends BesluitGeweigerd {

    InspanningsverplichtingBestaatAl(String kenmerk) {
        super("er is al een inspanningsverplichting met kenmerk " + kenmerk);
    }

    @Override
    public String regel() {
        return "inspanningsverplichting-bestaat-al";
    }
}
