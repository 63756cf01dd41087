package nl.regioregister.command.agenda;

import java.util.Collection;
import java.util.stream.Collectors;
import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.agenda.Periode;

/**
 * The NPVR runs twenty years and its uitvoeringsagenda is recalibrated once every four years (Kamerbrief Elke Regio
 * Telt, December 2024, bijlage 1: "eens per vier jaar bijgesteld"), so a region has at most five of them.
 */
public class HoogstensVijfUitvoeringsagendas extends BesluitGeweigerd {

    static final int MAXIMUM = 5;

    HoogstensVijfUitvoeringsagendas(Collection<Periode> bestaande) {
        super("de regio heeft al vijf uitvoeringsagenda's ("
                + bestaande.stream().map(Periode::toString).collect(Collectors.joining(", "))
                + "); het NPVR loopt twintig jaar, eens per vier jaar een nieuwe agenda");
    }

    @Override
    public String regel() {
        return "hoogstens-vijf-uitvoeringsagendas";
    }
}
