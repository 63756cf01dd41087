package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.OnbekendDoel;

/** A change or withdrawal names a commitment that was made. */
public class OnbekendeInspanningsverplichting extends OnbekendDoel {

    OnbekendeInspanningsverplichting(String kenmerk) {
        super("er is geen inspanningsverplichting met kenmerk " + kenmerk);
    }

    @Override
    public String regel() {
        return "onbekende-inspanningsverplichting";
    }
}
