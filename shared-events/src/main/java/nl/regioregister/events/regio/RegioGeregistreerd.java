package nl.regioregister.events.regio;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A region became known to the register. */
@Revision("1")
public record RegioGeregistreerd(
        String regioId,
        String naam,
        RegioSoort soort,
        List<String> provincies,
        List<String> gemeenten) {
}
