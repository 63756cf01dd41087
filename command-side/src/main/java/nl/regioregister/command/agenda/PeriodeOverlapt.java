package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.agenda.Periode;

/** The uitvoeringsagenda's of a region follow one another; two never cover the same year. */
public class PeriodeOverlapt extends BesluitGeweigerd {

    PeriodeOverlapt(Periode periode, Periode bestaande) {
        super(periode.equals(bestaande)
                ? "er is al een uitvoeringsagenda voor de periode " + periode + "; dien daar een nieuwe versie van in"
                : "de periode " + periode + " overlapt met de uitvoeringsagenda " + bestaande);
    }

    @Override
    public String regel() {
        return "periode-overlapt";
    }
}
