package nl.regioregister.command.regio;

import java.util.List;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.regio.RegioSoort;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make a region known to the register. */
@Rijksbesluit
public record RegistreerRegio(
        @TargetAggregateIdentifier String regioId,
        String naam,
        RegioSoort soort,
        List<String> provincies,
        List<String> gemeenten) {

    public RegistreerRegio {
        provincies = provincies == null ? List.of() : List.copyOf(provincies);
        gemeenten = gemeenten == null ? List.of() : List.copyOf(gemeenten);
    }
}
