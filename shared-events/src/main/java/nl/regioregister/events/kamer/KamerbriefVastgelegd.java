package nl.regioregister.events.kamer;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * A letter of a minister to the Tweede Kamer, recorded as a decision: what it is about, who is responsible for it,
 * where it is, and which toezeggingen it fulfils and which moties it carries out, e.g. the letter of 19 December 2025
 * on motie Flach (29697-169) or the Kamerbrief of 20 December 2024 after the Ministerraad. A letter is often cited by
 * the ministry's reference before it has a Kamerstuk number ("Onze referentie 2026-0000301213", letter of 1 July
 * 2026), so the number is optional.
 *
 * @param kamerbriefId    the register's id of the letter, e.g. the ministry's reference "2026-0000301213"
 * @param datum           the date of the letter
 * @param kamerstuknummer the normalised Kamerstuk number ({@link Kamerstuknummer}); {@code null} when it has none yet
 * @param onderwerp       what the letter is about
 * @param bewindspersoon  the responsible minister or state secretary, e.g. "minister van BZK"
 * @param document        where the letter is, e.g. its address on officielebekendmakingen.nl or in the archive
 * @param sha256          the SHA-256 checksum (64 lowercase hexadecimal characters) of the letter's file;
 *                        {@code null} when not given
 * @param toezeggingen    the ids of the toezeggingen the letter fulfils; empty when none
 * @param moties          the normalised Kamerstuk numbers of the moties the letter carries out; empty when none
 */
@Revision("1")
public record KamerbriefVastgelegd(
        String kamerbriefId,
        LocalDate datum,
        @Optioneel String kamerstuknummer,
        String onderwerp,
        String bewindspersoon,
        String document,
        @Optioneel String sha256,
        List<String> toezeggingen,
        List<String> moties) {
}
