package nl.regioregister.events.regio;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Region and Rijk formalised their cooperation in a strategische agenda on a date; a later revision is formalised
 * again under the next {@code versie}.
 */
@Revision("1")
public record StrategischeAgendaVastgesteld(
        String regioId,
        int versie,
        LocalDate vastgesteldOp) {
}
