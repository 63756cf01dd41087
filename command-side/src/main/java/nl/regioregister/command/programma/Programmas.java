package nl.regioregister.command.programma;

import java.time.LocalDate;
import java.util.Optional;
import nl.regioregister.events.regio.Programma;

/**
 * The recorded decisions of the programmes, for rules of other decisions that hold them against a programme's
 * parameters (the NPVR's horizon, its yearly procesmiddelen). Command handlers receive it as a parameter.
 */
public interface Programmas {

    /**
     * The parameters in effect on the date, or, without a date, as the latest decisions left them; empty when the
     * programme had not started by then.
     */
    Optional<Programmastand> geldendOp(Programma programma, LocalDate datum);
}
