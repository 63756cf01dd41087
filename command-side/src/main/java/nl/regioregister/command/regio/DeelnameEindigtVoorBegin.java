package nl.regioregister.command.regio;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Programma;

/** A participation cannot end before it began. */
public class DeelnameEindigtVoorBegin extends BesluitGeweigerd {

    public DeelnameEindigtVoorBegin(Programma programma, LocalDate vanaf, LocalDate per) {
        super("de deelname aan " + programma + " begon op " + vanaf + " en kan niet eerder eindigen (" + per + ")");
    }

    @Override
    public String regel() {
        return "deelname-eindigt-voor-begin";
    }
}
