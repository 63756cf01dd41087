package nl.regioregister.command.kamer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a letter to the Tweede Kamer as a decision, with the toezeggingen it fulfils and the moties it carries out.
 *
 * @param kamerbriefId    letters, digits, dots, underscores and hyphens, e.g. the ministry's reference
 *                        "2026-0000301213"
 * @param kamerstuknummer optional; normalised on construction
 * @param bewindspersoon  the responsible minister, e.g. "minister van BZK"
 * @param document        where the letter is
 * @param sha256          the checksum of the letter's file; optional
 * @param toezeggingen    the ids of the toezeggingen it fulfils; optional
 * @param moties          the Kamerstuk numbers of the moties it carries out; optional, normalised on construction
 */
@Rijksbesluit
public record LegKamerbriefVast(
        String kamerbriefId,
        LocalDate datum,
        String kamerstuknummer,
        String onderwerp,
        String bewindspersoon,
        String document,
        String sha256,
        List<String> toezeggingen,
        List<String> moties) {

    public LegKamerbriefVast {
        kamerstuknummer = kamerstuknummer == null || kamerstuknummer.isBlank() ? null
                : Kamerstuknummer.normaliseerZoMogelijk(kamerstuknummer);
        toezeggingen = toezeggingen == null ? List.of()
                : toezeggingen.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        moties = moties == null ? List.of()
                : moties.stream().filter(Objects::nonNull).map(Kamerstuknummer::normaliseerZoMogelijk)
                        .map(String::strip).distinct().toList();
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Kamerbrief.aggregaatId(kamerbriefId);
    }
}
