package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A withdrawn commitment is not changed or withdrawn again; the department makes a new one. */
public class InspanningsverplichtingAlIngetrokken extends BesluitGeweigerd {

    InspanningsverplichtingAlIngetrokken(String kenmerk) {
        super("de inspanningsverplichting " + kenmerk + " is al ingetrokken");
    }

    @Override
    public String regel() {
        return "inspanningsverplichting-al-ingetrokken";
    }
}
