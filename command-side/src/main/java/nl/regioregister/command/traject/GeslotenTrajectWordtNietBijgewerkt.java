package nl.regioregister.command.traject;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A closed trajectory is history: its description stays as it was when it ended. */
public class GeslotenTrajectWordtNietBijgewerkt extends BesluitGeweigerd {

    public GeslotenTrajectWordtNietBijgewerkt(String trajectId, LocalDate einddatum) {
        super("het lopende traject " + trajectId + " is gesloten per " + einddatum + " en wordt niet meer bijgewerkt");
    }

    @Override
    public String regel() {
        return "gesloten-traject-wordt-niet-bijgewerkt";
    }
}
