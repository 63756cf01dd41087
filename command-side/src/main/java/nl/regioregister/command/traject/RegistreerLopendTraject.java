package nl.regioregister.command.traject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.events.Departement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a programme or grant already running between the Rijk and the region. */
public record RegistreerLopendTraject(
        String trajectId,
        String regioId,
        String naam,
        List<Departement> departementen,
        String andereOverheid,
        LocalDate vanaf,
        LocalDate tot,
        BigDecimal bedrag,
        String omvang,
        String actieVoorContinuiteit) implements RegioGebonden, Trajectbeschrijving {

    public RegistreerLopendTraject {
        // a copy that keeps a null element, so that the rule can name it instead of failing here
        departementen = departementen == null
                ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(departementen));
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return LopendTraject.id(trajectId);
    }
}
