package nl.regioregister.command.programma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Programma;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A later decision changes parameters of a running programme from its ingangsdatum; a parameter it does not name
 * (null) keeps its value. {@code departementen}, when given, is the full list from then on.
 */
@Rijksbesluit
public record WijzigProgrammaparameters(
        Programma programma,
        Integer laatsteJaar,
        BigDecimal procesmiddelenPerJaar,
        Integer procesmiddelenTotEnMetJaar,
        LocalDate kassierUiterlijk,
        LocalDate planStreefdatum,
        LocalDate uitvoeringsagendaStreefdatum,
        List<Departement> departementen) {

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Rijksprogramma.id(programma);
    }
}
