package nl.regioregister.command.regio;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Programma;

/**
 * A new participation in a national programme starts no earlier than the previous one ended: a region is in the
 * programme or not, so its periods never overlap. Not for Regio Deals, which may run side by side
 * ({@link NeemtAlDeelAanProgramma}).
 */
public class DeelnameOverlaptVorige extends BesluitGeweigerd {

    public DeelnameOverlaptVorige(Programma programma, LocalDate vorigeEinde, LocalDate vanaf) {
        super("de vorige deelname aan " + programma + " eindigde per " + vorigeEinde
                + "; een nieuwe deelname kan niet eerder beginnen (" + vanaf + ")");
    }

    @Override
    public String regel() {
        return "deelname-overlapt-vorige";
    }
}
