package nl.regioregister.command.programma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Programma;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cabinet starts a programme with its parameters; a parameter the decision does not name is null. */
@Rijksbesluit
public record StartProgramma(
        Programma programma,
        Integer eersteJaar,
        Integer laatsteJaar,
        BigDecimal procesmiddelenPerJaar,
        Integer procesmiddelenTotEnMetJaar,
        LocalDate kassierUiterlijk,
        LocalDate planStreefdatum,
        LocalDate uitvoeringsagendaStreefdatum,
        List<Departement> departementen) {

    public StartProgramma {
        departementen = departementen == null ? List.of() : departementen;
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Rijksprogramma.id(programma);
    }
}
