package nl.regioregister.events.kamer;

import java.time.LocalDate;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The promise was fulfilled: by a Kamerbrief with its Kamerstuk number, by a letter known by its reference before it
 * has one ("Onze referentie 2026-0000301213", letter of 1 July 2026), or otherwise, e.g. a conversation with a
 * department reported later (letter of 19 December 2025).
 * <p>
 * Revision 2 makes the Kamerstuk number optional, renames {@code kamerbriefDatum} to {@code datum} and adds
 * {@code referentie} and {@code wijze}; revision 1 is upcast accordingly.
 *
 * @param kamerbrief the normalised Kamerstuk number of the letter; {@code null} when fulfilled otherwise
 * @param datum      the date of fulfilment
 * @param referentie the letter's or document's reference; {@code null} when not given
 * @param wijze      how it was fulfilled, when not by a numbered Kamerbrief; {@code null} otherwise
 */
@Revision("2")
public record ToezeggingVervuld(
        String toezeggingId,
        @Optioneel String kamerbrief,
        LocalDate datum,
        @Optioneel String referentie,
        @Optioneel String wijze) {
}
