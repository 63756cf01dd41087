package nl.regioregister.command.regio;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Zijde;

/** A side agrees once to the strategische agenda as it stands; after a change it agrees again. */
public class AkkoordOpStrategischeAgendaAlGegeven extends BesluitGeweigerd {

    AkkoordOpStrategischeAgendaAlGegeven(Zijde zijde) {
        super((zijde == Zijde.RIJK ? "het Rijk" : "de regio")
                + " gaf al akkoord op de strategische agenda zoals die nu is");
    }

    @Override
    public String regel() {
        return "akkoord-al-gegeven";
    }
}
