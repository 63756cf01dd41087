package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.agenda.Periode;

/** Progress is reported on, and an evaluation made of, an adopted uitvoeringsagenda only. */
public class UitvoeringsagendaNietVastgesteld extends BesluitGeweigerd {

    UitvoeringsagendaNietVastgesteld(Periode periode) {
        super("de uitvoeringsagenda " + periode + " is nog niet vastgesteld");
    }

    @Override
    public String regel() {
        return "uitvoeringsagenda-niet-vastgesteld";
    }
}
