package nl.regioregister.command.kamer;

import java.time.LocalDate;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/** Moving a due date means a different date. */
public class TermijnOngewijzigd extends BesluitGeweigerd {

    TermijnOngewijzigd(String toezeggingId, LocalDate termijn) {
        super("de toezegging " + toezeggingId + " staat al op " + termijn
                + "; de termijn verzetten vraagt een andere datum");
    }

    @Override
    public String regel() {
        return "termijn-ongewijzigd";
    }
}
