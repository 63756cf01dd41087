package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.OnbekendDoel;
import nl.regioregister.events.agenda.Periode;

/** A decision on an uitvoeringsagenda names a period for which one was submitted. */
public class OnbekendeUitvoeringsagenda extends OnbekendDoel {

    OnbekendeUitvoeringsagenda(Periode periode) {
        super("er is geen uitvoeringsagenda voor de periode " + periode);
    }

    @Override
    public String regel() {
        return "onbekende-uitvoeringsagenda";
    }
}
