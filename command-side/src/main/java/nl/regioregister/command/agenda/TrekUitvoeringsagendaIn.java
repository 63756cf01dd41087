package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.agenda.Periode;

/** The region withdraws the submitted version of an uitvoeringsagenda before it is adopted. */
@Regiobesluit
public record TrekUitvoeringsagendaIn(
        String regioId,
        Periode periode,
        int versie) implements AgendaBesluit {
}
