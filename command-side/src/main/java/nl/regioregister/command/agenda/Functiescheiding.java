package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;

/** Who submitted a version of the plan or an uitvoeringsagenda does not give the Rijk's akkoord on it or adopt it. */
public class Functiescheiding extends BesluitGeweigerd {

    Functiescheiding(String reden) {
        super(reden);
    }

    @Override
    public String regel() {
        return "functiescheiding";
    }
}
