package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.agenda.Periode;

/**
 * Recalibration follows the evaluation of the period (Kamerbrief Elke Regio Telt, December 2024: "wordt aansluitend
 * geëvalueerd en herijkt").
 */
public class NietGeevalueerd extends BesluitGeweigerd {

    NietGeevalueerd(Periode periode) {
        super("de uitvoeringsagenda " + periode + " is nog niet geëvalueerd; herijking volgt op de evaluatie");
    }

    @Override
    public String regel() {
        return "niet-geevalueerd";
    }
}
