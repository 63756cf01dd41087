package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** The evaluation closes a period: it is made once, and the period is then recalibrated into the next, not changed. */
public class AlGeevalueerd extends BesluitGeweigerd {

    AlGeevalueerd(String reden) {
        super(reden);
    }

    @Override
    public String regel() {
        return "al-geevalueerd";
    }
}
