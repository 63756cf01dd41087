package nl.regioregister.command.agenda;

import java.math.BigDecimal;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.Financieringsinstrument;
import nl.regioregister.events.agenda.Periode;

/** The Rijk commits money, by an instrument and for years, to carry out the uitvoeringsagenda of a period. */
@Rijksbesluit
public record ZegUitvoeringsondersteuningToe(
        String regioId,
        Periode periode,
        String kenmerk,
        Departement departement,
        Financieringsinstrument instrument,
        BigDecimal bedrag,
        Periode jaren,
        String begroting) implements AgendaBesluit {
}
