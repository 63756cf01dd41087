package nl.regioregister.events.kamer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The due date of a promise moved; the reason is shown next to it, as the Kamer will ask for it. */
@Revision("1")
public record ToezeggingstermijnVerzet(
        String toezeggingId,
        LocalDate vorigeTermijn,
        LocalDate nieuweTermijn,
        String reden) {
}
