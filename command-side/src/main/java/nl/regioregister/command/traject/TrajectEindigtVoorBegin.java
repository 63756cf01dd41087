package nl.regioregister.command.traject;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A trajectory cannot end before it began. */
public class TrajectEindigtVoorBegin extends BesluitGeweigerd {

    public TrajectEindigtVoorBegin(String trajectId, LocalDate vanaf, LocalDate einddatum) {
        super("het lopende traject " + trajectId + " begon op " + vanaf + " en kan niet eerder eindigen ("
                + einddatum + ")");
    }

    @Override
    public String regel() {
        return "traject-eindigt-voor-begin";
    }
}
