package nl.regioregister.events.regio;

import nl.regioregister.events.Persoonsgegeven;
import org.axonframework.serialization.Revision;

/** The appointment of {@code naam} to a role ended; the role is vacant until a new appointment. */
@Revision("1")
public record BenoemingBeeindigd(
        String regioId,
        Bestuursrol rol,
        @Persoonsgegeven String naam) {
}
