package nl.regioregister.events.kamer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A Kamerbrief fulfilled the promise.
 *
 * @param kamerbrief      the normalised Kamerstuk number of the letter
 * @param kamerbriefDatum the date of the letter
 */
@Revision("1")
public record ToezeggingVervuld(
        String toezeggingId,
        String kamerbrief,
        LocalDate kamerbriefDatum) {
}
