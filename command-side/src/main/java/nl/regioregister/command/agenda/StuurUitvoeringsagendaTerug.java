package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.agenda.Periode;

/** The Rijk returns the submitted version of an uitvoeringsagenda with its remarks. */
@Rijksbesluit
public record StuurUitvoeringsagendaTerug(
        String regioId,
        Periode periode,
        int versie,
        String opmerkingen) implements AgendaBesluit {
}
