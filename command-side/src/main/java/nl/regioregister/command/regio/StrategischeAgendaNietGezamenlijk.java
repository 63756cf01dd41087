package nl.regioregister.command.regio;

import java.util.List;
import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.regio.Zijde;

/**
 * "Een strategische agenda regio en Rijk wordt gezamenlijk gedragen" (brief Werkwijze Strategische Agenda's,
 * 1 juli 2026): it is formalised only when both the region and the Rijk agreed to it as it stands.
 */
public class StrategischeAgendaNietGezamenlijk extends BesluitGeweigerd {

    StrategischeAgendaNietGezamenlijk(String regioId, List<Zijde> ontbrekend) {
        super("de strategische agenda van " + regioId + " wordt gezamenlijk gedragen; het akkoord van "
                + String.join(" en ", ontbrekend.stream().map(z -> z == Zijde.RIJK ? "het Rijk" : "de regio").toList())
                + " op de agenda zoals die nu is ontbreekt");
    }

    @Override
    public String regel() {
        return "strategische-agenda-niet-gezamenlijk";
    }
}
