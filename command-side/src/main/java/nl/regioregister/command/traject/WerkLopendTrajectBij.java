package nl.regioregister.command.traject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.regioregister.command.besluit.RegioGebonden;
import nl.regioregister.events.Departement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace the description of a running trajectory. It names the trajectory's region, so that a region's user updates
 * only the trajectories of their own region.
 */
public record WerkLopendTrajectBij(
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

    public WerkLopendTrajectBij {
        departementen = departementen == null
                ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(departementen));
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return LopendTraject.id(trajectId);
    }
}
