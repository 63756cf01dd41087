package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.agenda.Periode;

/** Progress is reported on an activity of the adopted version of the uitvoeringsagenda. */
public class OnbekendeActiviteit extends BesluitGeweigerd {

    OnbekendeActiviteit(Periode periode, String activiteit) {
        super("de vastgestelde uitvoeringsagenda " + periode + " heeft geen activiteit " + activiteit);
    }

    @Override
    public String regel() {
        return "onbekende-activiteit";
    }
}
