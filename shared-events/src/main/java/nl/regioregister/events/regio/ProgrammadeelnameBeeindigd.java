package nl.regioregister.events.regio;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The region's participation in an area programme ended; from {@code per} it no longer takes part. */
@Revision("1")
public record ProgrammadeelnameBeeindigd(
        String regioId,
        Programma programma,
        LocalDate per) {
}
