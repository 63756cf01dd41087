package nl.regioregister.command.regio;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/** A formalised agenda is formalised again only after it changed. */
public class AgendaOngewijzigdSindsVaststelling extends BesluitGeweigerd {

    public AgendaOngewijzigdSindsVaststelling(int versie, LocalDate vastgesteldOp) {
        super("de strategische agenda is sinds vaststelling van versie " + versie + " op " + vastgesteldOp
                + " niet gewijzigd");
    }

    @Override
    public String regel() {
        return "agenda-ongewijzigd-sinds-vaststelling";
    }
}
