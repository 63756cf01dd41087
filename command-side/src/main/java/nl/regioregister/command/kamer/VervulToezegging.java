package nl.regioregister.command.kamer;

import java.time.LocalDate;
import nl.regioregister.command.besluit.Rijksbesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records how a promise was fulfilled: by a Kamerbrief, by a letter known by its reference, or otherwise.
 *
 * @param kamerbrief the letter's Kamerstuk number as cited; optional, normalised on construction
 * @param datum      the date of fulfilment
 * @param referentie the letter's or document's reference, e.g. "2026-0000301213"; optional
 * @param wijze      how it was fulfilled when not by letter, e.g. "gesprek met IenW op 16 oktober 2025"; optional
 */
@Rijksbesluit
public record VervulToezegging(
        String toezeggingId,
        String kamerbrief,
        LocalDate datum,
        String referentie,
        String wijze) {

    public VervulToezegging {
        kamerbrief = kamerbrief == null || kamerbrief.isBlank() ? null : Kamerstuknummer.normaliseerZoMogelijk(kamerbrief);
    }

    /** Fulfilled by a numbered Kamerbrief. */
    public VervulToezegging(String toezeggingId, String kamerbrief, LocalDate datum) {
        this(toezeggingId, kamerbrief, datum, null, null);
    }

    @TargetAggregateIdentifier
    public String aggregaatId() {
        return Toezegging.aggregaatId(toezeggingId);
    }
}
