package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.agenda.Periode;

/** The Rijk agrees to the submitted version of an uitvoeringsagenda. */
@Rijksbesluit
public record GeefAkkoordRijkOpUitvoeringsagenda(
        String regioId,
        Periode periode,
        int versie) implements AgendaBesluit {
}
