package nl.regioregister.events.kamer;

import java.time.LocalDate;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * A promise the minister made to the Kamer, kept until a Kamerbrief fulfils it.
 *
 * @param gedaanAan the member or committee it was made to; {@code null} when not given
 * @param gedaanIn  the debate or letter in which it was made
 * @param uiterlijk the date by which it is due
 * @param motie     the normalised Kamerstuk number of the motie it belongs to; {@code null} when none
 */
@Revision("1")
public record ToezeggingGeregistreerd(
        String toezeggingId,
        String omschrijving,
        @Optioneel String gedaanAan,
        String gedaanIn,
        LocalDate uiterlijk,
        @Optioneel String motie) {
}
