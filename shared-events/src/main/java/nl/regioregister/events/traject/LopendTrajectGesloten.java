package nl.regioregister.events.traject;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The trajectory no longer runs; {@code einddatum} is when it ended. */
@Revision("1")
public record LopendTrajectGesloten(
        String trajectId,
        String regioId,
        LocalDate einddatum) {
}
