package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.OnbekendDoel;
import nl.regioregister.events.agenda.Periode;

/** Progress is reported on an activity of the adopted version of the uitvoeringsagenda. */
public class OnbekendeActiviteit extends OnbekendDoel {

    OnbekendeActiviteit(Periode periode, String activiteit) {
        super("de vastgestelde uitvoeringsagenda " + periode + " heeft geen activiteit " + activiteit);
    }

    @Override
    public String regel() {
        return "onbekende-activiteit";
    }
}
