package nl.regioregister.command.traject;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A trajectory is closed once. */
public class TrajectAlGesloten extends BesluitGeweigerd {

    public TrajectAlGesloten(String trajectId, LocalDate einddatum) {
        super("het lopende traject " + trajectId + " is al gesloten per " + einddatum);
    }

    @Override
    public String regel() {
        return "traject-al-gesloten";
    }
}
