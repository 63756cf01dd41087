package nl.regioregister.command.agenda;

import nl.regioregister.command.besluit.Regiobesluit;
import nl.regioregister.events.agenda.Periode;

/** The region agrees to the submitted version of an uitvoeringsagenda. */
@Regiobesluit
public record GeefAkkoordRegioOpUitvoeringsagenda(
        String regioId,
        Periode periode,
        int versie) implements AgendaBesluit {
}
